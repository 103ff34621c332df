package dev.hankojakarta.store;

import java.time.Clock;

import dev.hankojakarta.config.HankoConfig;
import dev.hankojakarta.remote.RemoteSessionValidator;
import dev.hankojakarta.session.SessionValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Builds the one {@link SessionValidator} of the application from the configuration. */
@ApplicationScoped
public class SessionValidatorProducer {

    @Produces
    @ApplicationScoped
    SessionValidator validator(HankoConfig config) {
        return RemoteSessionValidator.create(config, Clock.systemUTC());
    }
}
