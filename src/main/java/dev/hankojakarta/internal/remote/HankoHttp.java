package dev.hankojakarta.internal.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.hankojakarta.internal.config.HankoConfig;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Every exchange with Hanko, bounded in time and size, whatever the other side does.
 *
 * <p>Connect and read timeouts bound each socket operation, not the exchange: an answer that drips a byte a second
 * never trips a read timeout. So each exchange runs on a small pool of its own and the request thread waits at most
 * {@code deadline} for it; a body is read at most up to {@link #MAX_BODY_BYTES} and only until the deadline. A request
 * thread is never left waiting on Hanko, and a worker stuck on a hostile peer gives up at the deadline too.
 *
 * <p>The pool's threads are the library's own (daemon, named {@code hanko-client-N}); they run nothing but the REST
 * client and are stopped when the application stops.
 */
public final class HankoHttp implements AutoCloseable {

    /** Largest body accepted from Hanko. Its answers are a few KiB; a JWKS with many keys some tens. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** Most exchanges in flight at once; beyond, calls fail fast as "unavailable" instead of queueing. */
    public static final int MAX_IN_FLIGHT = 256;

    /** A complete answer. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    /** No complete answer; the message is safe to log (it never quotes a request or a body). */
    public static final class ExchangeFailed extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean local;

        public ExchangeFailed(String reason) {
            this(reason, false);
        }

        private ExchangeFailed(String reason, boolean local) {
            super(reason, null, false, false);
            this.local = local;
        }

        /** Whether the exchange was refused here, before anything was sent (too many in flight). */
        public boolean local() {
            return local;
        }
    }

    private final ExecutorService executor;
    private final Duration deadline;

    public HankoHttp(ExecutorService executor, Duration deadline) {
        this.executor = executor;
        this.deadline = deadline;
    }

    /** A pool of up to {@link #MAX_IN_FLIGHT} daemon threads that run with the deploying application's class loader. */
    public static HankoHttp create(Duration deadline) {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "hanko-client-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(application);
            return thread;
        };
        return new HankoHttp(new ThreadPoolExecutor(0, MAX_IN_FLIGHT, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threads), deadline);
    }

    /**
     * A MicroProfile REST client for one of Hanko's endpoints: the endpoint's whole URL as base, the configured
     * timeouts, no redirects followed, and no default exception mapper (status codes are interpreted by the caller).
     *
     * <p>The interfaces carry no {@code @Path} at all, the endpoint's path being part of the base: a server scanning
     * the application for JAX-RS annotations (Payara lists them among the application's endpoints) then finds
     * nothing of the library's clients.
     */
    public static <T> T client(HankoConfig config, URI endpoint, Class<T> api) {
        return RestClientBuilder.newBuilder()
                .baseUri(endpoint)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(api);
    }

    /**
     * Sends a request and reads its whole answer, within the deadline.
     *
     * @param request issues the request through a REST client and returns its raw response
     */
    public Answer exchange(Supplier<Response> request) throws ExchangeFailed {
        long end = System.nanoTime() + deadline.toNanos();
        Future<Answer> exchange;
        try {
            exchange = executor.submit(() -> {
                try (Response response = request.get()) {
                    return new Answer(response.getStatus(), response.getHeaderString("Content-Type"),
                            body(response, end));
                }
            });
        } catch (RejectedExecutionException e) {
            throw new ExchangeFailed("more than " + MAX_IN_FLIGHT + " calls to Hanko in flight", true);
        }
        try {
            return exchange.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new ExchangeFailed("no complete answer within " + deadline.toMillis() + " ms");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExchangeFailed("interrupted");
        } catch (ExecutionException e) {
            throw new ExchangeFailed(describe(e.getCause()));
        }
    }

    private static byte[] body(Response response, long end) throws IOException, ExchangeFailed {
        if (!response.hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(2048);
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                body.write(buffer, 0, n);
                if (body.size() > MAX_BODY_BYTES) {
                    throw new ExchangeFailed("answer larger than " + MAX_BODY_BYTES + " bytes");
                }
                if (System.nanoTime() > end) {
                    throw new ExchangeFailed("answer still arriving at the deadline");
                }
            }
            return body.toByteArray();
        }
    }

    /** The failure's kind without its message, which may quote the request or the body. */
    static String describe(Throwable e) {
        if (e instanceof ExchangeFailed failed) {
            return failed.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof ExchangeFailed failed) {
                return failed.getMessage();
            }
        }
        return root == e ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " caused by " + root.getClass().getSimpleName();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
