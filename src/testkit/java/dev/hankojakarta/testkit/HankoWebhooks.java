package dev.hankojakarta.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The stand-in's webhooks, delivered as Hanko delivers them (its {@code backend/webhooks}): for each event, one JWT
 * ({@code sub} {@code hanko webhooks}, {@code evt}, {@code data}, {@code aud}, five minutes of life, signed with the
 * session key) and one POST of {@code {"token","event"}} to every hook subscribed to a prefix of the event, one after
 * another, on a thread of their own, each bounded by 10 s, never retried. Get it from {@link HankoStandIn#webhooks()}.
 */
public final class HankoWebhooks {

    /** One POST to a hook: its status, or -1 when it failed in transport. */
    public record Delivery(String event, URI callback, int status, Instant at) {
    }

    private record Hook(URI callback, List<String> events) {
    }

    private final HankoStandIn hanko;
    private final Clock clock;
    private final List<Hook> hooks = new CopyOnWriteArrayList<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hanko-stand-in-webhooks");
        t.setDaemon(true);
        return t;
    });
    private volatile List<String> audience = List.of("localhost");

    HankoWebhooks(HankoStandIn hanko, Clock clock) {
        this.hanko = hanko;
        this.clock = clock;
    }

    /**
     * Subscribes {@code callback} to the events that start with one of {@code events} ({@code session.delete},
     * {@code user}), as a hook in Hanko's config file ({@code webhooks.hooks}) does.
     */
    public void subscribe(URI callback, String... events) {
        hooks.add(new Hook(callback, List.of(events)));
    }

    /** Removes every subscription and forgets the deliveries. */
    public void reset() {
        hooks.clear();
        deliveries.clear();
    }

    /** The {@code aud} of webhook tokens: Hanko's {@code session.audience} ({@code localhost} unless set). */
    public void audience(String... audiences) {
        this.audience = List.of(audiences);
    }

    /** Every delivery so far, in the order they finished. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Waits until {@code count} deliveries have finished, at most {@code timeout}; answers them. */
    public List<Delivery> awaitDeliveries(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (deliveries.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return deliveries();
    }

    /** A webhook token as Hanko signs one, now, with its signing key. */
    public String token(String event, Map<String, ?> data) {
        return token(event, data, clock.instant(), audience, hanko.signingKey());
    }

    /** A webhook token with the given issue time, audience and key: for deliveries Hanko would never send. */
    public String token(String event, Map<String, ?> data, Instant issuedAt, List<String> aud, RSAKey key) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("hanko webhooks").issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(5)))).audience(aud).claim("evt", event)
                .claim("data", data).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body Hanko POSTs. */
    public static String body(String token, String event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("event", event);
        return JSONObjectUtils.toJSONString(body);
    }

    /** {@code data} of a session event: the session row as Hanko serializes it. */
    static Map<String, Object> session(String sessionId, String userId, Instant expiresAt, Instant lastUsed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", sessionId);
        data.put("user_id", userId);
        data.put("user_agent", null);
        data.put("ip_address", "127.0.0.1");
        data.put("created_at", lastUsed.toString());
        data.put("updated_at", lastUsed.toString());
        data.put("expires_at", expiresAt == null ? null : expiresAt.toString());
        data.put("last_used", lastUsed.toString());
        return data;
    }

    /** {@code data} of a user event: the admin API's user object, abridged. */
    static Map<String, Object> user(String userId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", userId);
        data.put("emails", List.of());
        data.put("webauthn_credentials", List.of());
        data.put("created_at", Instant.EPOCH.toString());
        data.put("updated_at", Instant.EPOCH.toString());
        return data;
    }

    /** Sends {@code event} to the hooks subscribed to it, as Hanko's worker goroutine does. */
    void trigger(String event, Map<String, ?> data) {
        List<Hook> subscribed = new ArrayList<>();
        for (Hook hook : hooks) {
            if (hook.events().stream().anyMatch(event::startsWith)) {
                subscribed.add(hook);
            }
        }
        if (subscribed.isEmpty()) {
            return;
        }
        String body = body(token(event, data), event);
        worker.execute(() -> {
            for (Hook hook : subscribed) {
                deliveries.add(new Delivery(event, hook.callback(), post(hook.callback(), body), clock.instant()));
            }
        });
    }

    private int post(URI callback, String body) {
        HttpRequest request = HttpRequest.newBuilder(callback).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
