package dev.hankojakarta.internal.revocation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.HankoRevocation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The endpoint at {@code hanko.webhook.path}: {@code POST} only, a bounded body, an answer well within Hanko's 10 s
 * and never a redirect. The work is {@link WebhookReceiver}'s; the application hears of what ended as a
 * {@link HankoRevocation} CDI event.
 */
public final class WebhookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WebhookServlet.class.getName());
    /** Refused deliveries are logged at most once a minute: anyone can POST here. */
    private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;

    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);
    private transient volatile WebhookReceiver receiver;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebhookReceiver.Result result;
        try {
            byte[] body = read(request);
            result = body == null
                    ? new WebhookReceiver.Result(WebhookReceiver.Verdict.MALFORMED, "the body is larger than "
                            + WebhookReceiver.MAX_BODY_BYTES + " bytes", Optional.empty())
                    : receiver().receive(body);
        } catch (RuntimeException e) {
            // never a 500 with a stack trace; Hanko counts any failure the same
            LOG.log(Level.WARNING, "HANKO-030 The webhook endpoint could not handle a delivery.", e);
            result = new WebhookReceiver.Result(WebhookReceiver.Verdict.UNAVAILABLE, null, Optional.empty());
        }
        if (result.reason() != null) {
            warn(result);
        }
        // Hanko waits at most 10 s and counts a late answer as a failure: answer first, then tell the observers
        answer(response, result.verdict());
        response.flushBuffer();
        result.revocation().ifPresent(WebhookServlet::tell);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            write(response, 405, "{\"error\":\"method_not_allowed\"}");
            return;
        }
        doPost(request, response);
    }

    private WebhookReceiver receiver() {
        WebhookReceiver r = receiver;
        if (r == null) {
            r = CDI.current().select(WebhookReceiver.class).get();
            receiver = r;
        }
        return r;
    }

    /** The body, or null when it is larger than {@link WebhookReceiver#MAX_BODY_BYTES}. */
    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > WebhookReceiver.MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(WebhookReceiver.MAX_BODY_BYTES + 1);
            return body.length > WebhookReceiver.MAX_BODY_BYTES ? null : body;
        }
    }

    private static void tell(HankoRevocation revocation) {
        try {
            CDI.current().getBeanManager().getEvent().select(HankoRevocation.class).fire(revocation);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "HANKO-031 An observer of HankoRevocation failed; the session is refused all the"
                    + " same.", e);
        }
    }

    private void warn(WebhookReceiver.Result result) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warning("HANKO-030 A delivery to the webhook endpoint was refused (" + result.verdict().status + "): "
                    + result.reason() + ". Logged at most once a minute; if Hanko sent it, check that hanko.api-url"
                    + " names the Hanko that sends the webhooks and hanko.token.audience its audience.");
        } else {
            LOG.fine(() -> "Webhook delivery refused: " + result.reason());
        }
    }

    private static void answer(HttpServletResponse response, WebhookReceiver.Verdict verdict) throws IOException {
        switch (verdict) {
            case APPLIED, IGNORED -> {
                response.setStatus(204);
                response.setHeader("Cache-Control", "no-store");
            }
            case MALFORMED -> write(response, 400, "{\"error\":\"malformed_webhook\"}");
            case REFUSED -> write(response, 401, "{\"error\":\"invalid_webhook\"}");
            case UNAVAILABLE -> {
                response.setHeader("Retry-After", "5");
                write(response, 503, "{\"error\":\"temporarily_unavailable\"}");
            }
        }
    }

    private static void write(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
