package dev.hankojakarta.store;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.hankojakarta.cache.CachingSessionValidator;
import dev.hankojakarta.config.HankoConfig;
import dev.hankojakarta.jwks.LocalSessionValidator;
import dev.hankojakarta.remote.RemoteSessionValidator;
import dev.hankojakarta.session.HybridSessionValidator;
import dev.hankojakarta.session.SessionValidator;
import dev.hankojakarta.session.WellFormedTokens;
import dev.hankojakarta.remote.HankoHttp;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the one {@link SessionValidator} of the application from {@code hanko.validation} and the cache settings:
 * small validators composed, rather than one validator with flags.
 * <ul>
 * <li>{@code remote}: cache → shape check → Hanko</li>
 * <li>{@code local}: cache → shape check → JWKS check</li>
 * <li>{@code hybrid}: cache → shape check → JWKS check → Hanko</li>
 * </ul>
 * The cache sits in front, so that a hit costs neither parsing, nor a signature check, nor a call; with
 * {@code hanko.cache.ttl=0} it is left out.
 */
@ApplicationScoped
public class SessionValidatorProducer {

    /** Every exchange with Hanko; each is bounded by {@code hanko.read-timeout} as a whole. */
    private HankoHttp http;

    /**
     * {@code @Singleton} rather than {@code @ApplicationScoped}: one instance all the same, but injected as itself,
     * without a client proxy, which would cost a reflective call on every request (the validator is an interface
     * produced here). It is immutable apart from its thread-safe cache; this bean closes its threads.
     */
    @Produces
    @Singleton
    SessionValidator validator(HankoConfig config) {
        Clock clock = Clock.systemUTC();
        http = HankoHttp.create(config.readTimeout());
        SessionValidator validator = new WellFormedTokens(switch (config.validation()) {
            case REMOTE -> RemoteSessionValidator.create(config, http, clock);
            case LOCAL -> LocalSessionValidator.create(config, http, clock);
            case HYBRID -> new HybridSessionValidator(LocalSessionValidator.create(config, http, clock),
                    RemoteSessionValidator.create(config, http, clock));
        });
        if (config.cacheTtl().isZero()) {
            return validator;
        }
        // A request waiting for an identical call in flight waits as long as that call may take, plus a margin: in
        // hybrid mode a JWKS fetch and a call to Hanko, each bounded by hanko.read-timeout.
        Duration waitLimit = config.readTimeout().multipliedBy(2).plusSeconds(1);
        return new CachingSessionValidator(validator, config.cacheTtl(), config.cacheMaxEntries(), waitLimit, clock,
                Ticker.systemTicker());
    }

    @PreDestroy
    void stop() {
        if (http != null) {
            http.close();
        }
    }
}
