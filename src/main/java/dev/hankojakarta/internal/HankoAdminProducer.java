package dev.hankojakarta.internal;

import dev.hankojakarta.HankoAdmin;
import dev.hankojakarta.internal.admin.NotConfiguredAdmin;
import dev.hankojakarta.internal.session.SessionValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Makes {@link HankoAdmin} injectable in every configuration: the Admin API client with {@code hanko.admin.api-url},
 * otherwise (or with {@code hanko.enabled=false}, when the library's other beans are gone) one whose calls say what
 * is missing. It shares the validator's tombstones, so it is produced once the validator exists.
 */
@ApplicationScoped
public class HankoAdminProducer {

    @Inject
    Instance<HankoBeans> beans;

    @Inject
    Instance<SessionValidator> validator;

    @Produces
    @Singleton
    HankoAdmin admin() {
        if (!beans.isResolvable() || !validator.isResolvable()) {
            return new NotConfiguredAdmin();
        }
        validator.get(); // builds the validator, and with it the client
        return beans.get().admin();
    }
}
