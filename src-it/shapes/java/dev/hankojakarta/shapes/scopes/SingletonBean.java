package dev.hankojakarta.shapes.scopes;

import dev.hankojakarta.HankoCaller;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** A {@code @Singleton} EJB: one instance, called from every request. */
@Singleton
public class SingletonBean {

    @Inject
    HankoCaller caller;

    public String caller() {
        return CallerNames.of(caller);
    }
}
