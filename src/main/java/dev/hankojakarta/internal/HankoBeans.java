package dev.hankojakarta.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.hankojakarta.HankoAdmin;
import dev.hankojakarta.internal.admin.AdminClient;
import dev.hankojakarta.internal.admin.NotConfiguredAdmin;
import dev.hankojakarta.internal.cache.CachingSessionValidator;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.config.ValidationMode;
import dev.hankojakarta.internal.jwks.HankoJwksApi;
import dev.hankojakarta.internal.jwks.JwksCache;
import dev.hankojakarta.internal.jwks.LocalSessionValidator;
import dev.hankojakarta.internal.remote.HankoHttp;
import dev.hankojakarta.internal.remote.HankoSessionsApi;
import dev.hankojakarta.internal.remote.RemoteSessionValidator;
import dev.hankojakarta.internal.revocation.Revocations;
import dev.hankojakarta.internal.revocation.RevokingValidator;
import dev.hankojakarta.internal.revocation.WebhookReceiver;
import dev.hankojakarta.internal.session.ExpectedAudienceAndIssuer;
import dev.hankojakarta.internal.session.HybridSessionValidator;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.WellFormedTokens;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The library's wiring, in one place: the configuration {@link HankoExtension} read at deployment, and the one
 * {@link SessionValidator} of the application, composed from {@code hanko.validation} and the cache settings out of
 * small validators rather than one validator with flags:
 * <ul>
 * <li>{@code remote}: cache → shape check → Hanko</li>
 * <li>{@code local}: cache → shape check → JWKS check</li>
 * <li>{@code hybrid}: cache → shape check → JWKS check → Hanko</li>
 * </ul>
 * The cache sits in front, so that a hit costs neither parsing, nor a signature check, nor a call; with
 * {@code hanko.cache.ttl=0} it is left out.
 *
 * <p>Everything the validator opens (the HTTP pool, the REST client proxies, JSON-B) is opened here and closed here,
 * in reverse order, when the application stops ({@link #close}).
 */
@ApplicationScoped
public class HankoBeans {

    private static final Logger LOG = Logger.getLogger(HankoBeans.class.getName());

    @Inject
    HankoExtension extension;

    /** What {@link #validator} opened, most recent first. */
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    @Produces
    @Dependent
    HankoConfig config() {
        return extension.configuration();
    }

    /**
     * {@code @Singleton} rather than {@code @ApplicationScoped}: one instance all the same, but injected as itself,
     * without a client proxy, which would cost a reflective call on every request (the validator is an interface
     * produced here). It is immutable apart from its thread-safe cache.
     */
    @Produces
    @Singleton
    SessionValidator validator(HankoConfig config) {
        return build(config);
    }

    /** The webhook receiver, with {@code hanko.webhook.path}; set by {@link #build}. */
    private WebhookReceiver webhooks;
    /** The Admin API client, with {@code hanko.admin.api-url}; set by {@link #build}. */
    private HankoAdmin admin = new NotConfiguredAdmin();

    /** The Admin API client (see {@link HankoAdminProducer}); call after the validator was built. */
    synchronized HankoAdmin admin() {
        return admin;
    }

    /**
     * The receiver of Hanko's webhooks, which shares the validator's keys, cache and tombstones; only the webhook
     * endpoint asks for it, and it exists only with {@code hanko.webhook.path}.
     */
    @Produces
    @Singleton
    WebhookReceiver webhooks(SessionValidator validator) {
        synchronized (this) {
            if (webhooks == null) {
                throw new IllegalStateException(HankoConfig.WEBHOOK_PATH + " is not set");
            }
            return webhooks;
        }
    }

    /** Builds the validator; what it opens is closed by {@link #close()}. */
    synchronized SessionValidator build(HankoConfig config) {
        Clock clock = Clock.systemUTC();
        HankoHttp http = open(HankoHttp.create(config.readTimeout()));
        LocalSessionValidator local = config.validation() == ValidationMode.REMOTE ? null : local(config, http, clock);
        SessionValidator validator = new WellFormedTokens(switch (config.validation()) {
            case REMOTE -> remote(config, http, clock);
            case LOCAL -> local;
            case HYBRID -> new HybridSessionValidator(local, remote(config, http, clock));
        });
        CachingSessionValidator cache = null;
        if (!config.cacheTtl().isZero()) {
            // A request waiting for an identical call in flight waits as long as that call may take, plus a margin:
            // in hybrid mode a JWKS fetch and a call to Hanko, each bounded by hanko.read-timeout.
            Duration waitLimit = config.readTimeout().multipliedBy(2).plusSeconds(1);
            cache = new CachingSessionValidator(validator, config.cacheTtl(), config.cacheMaxEntries(), waitLimit,
                    clock, Ticker.systemTicker());
            validator = cache;
        }
        if (config.webhookPath().isEmpty() && config.adminUrl().isEmpty()) {
            return validator;
        }
        // Revocations that Hanko announces (webhooks) or confirms (Admin API calls) are refused at once.
        Revocations revocations = new Revocations(clock, Ticker.systemTicker());
        WebhookReceiver.Eviction eviction = cache != null ? cache::evictIf : matching -> { };
        if (config.webhookPath().isPresent()) {
            JwksCache keys = local != null ? local.keys() : LocalSessionValidator.keys(config,
                    openClient(HankoHttp.client(config, config.jwksUrl(), HankoJwksApi.class)), http, clock);
            webhooks = new WebhookReceiver(keys, revocations, eviction, clock, config.clockSkew(), config.audience());
        }
        if (config.adminUrl().isPresent()) {
            admin = AdminClient.create(config, config.adminUrl().get(), http, (sessionId, expiresAt) -> {
                revocations.revokeSession(sessionId, expiresAt.orElse(null));
                eviction.evictIf(claims -> claims.sessionId().equals(sessionId));
            });
        }
        return new RevokingValidator(validator, revocations);
    }

    private SessionValidator remote(HankoConfig config, HankoHttp http, Clock clock) {
        HankoSessionsApi api = openClient(HankoHttp.client(config, config.validateSessionUrl(), HankoSessionsApi.class));
        Jsonb jsonb = open(JsonbBuilder.create());
        return ExpectedAudienceAndIssuer.around(
                new RemoteSessionValidator(jsonb, api, http, config.validateSessionUrl().toString(), clock),
                config.audience(), config.issuer());
    }

    private LocalSessionValidator local(HankoConfig config, HankoHttp http, Clock clock) {
        HankoJwksApi api = openClient(HankoHttp.client(config, config.jwksUrl(), HankoJwksApi.class));
        return LocalSessionValidator.create(config, api, http, clock);
    }

    private <T extends AutoCloseable> T open(T resource) {
        opened.push(resource);
        return resource;
    }

    /** MicroProfile REST client proxies are {@link AutoCloseable} (Rest Client 2.0+). */
    private <T> T openClient(T proxy) {
        if (proxy instanceof AutoCloseable closeable) {
            opened.push(closeable);
        }
        return proxy;
    }

    void dispose(@Disposes SessionValidator validator) {
        close();
    }

    /** In case a server destroys this bean without disposing of the validator first. */
    @PreDestroy
    void stop() {
        close();
    }

    /** Closes what the validator opened; each failure is logged and the rest still closed. */
    synchronized void close() {
        while (!opened.isEmpty()) {
            AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Could not close " + resource.getClass().getName(), e);
            }
        }
    }
}
