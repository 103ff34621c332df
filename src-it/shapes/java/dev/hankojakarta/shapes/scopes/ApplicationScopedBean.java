package dev.hankojakarta.shapes.scopes;

import dev.hankojakarta.HankoCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One instance for every request. */
@ApplicationScoped
public class ApplicationScopedBean {

    @Inject
    HankoCaller caller;

    public String caller() {
        return CallerNames.of(caller);
    }
}
