package dev.hankojakarta.shapes.injected;

import dev.hankojakarta.HankoPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the library refuses: an application-scoped bean would keep the caller of the request that created it. */
@ApplicationScoped
public class PrincipalInjectingBean {

    @Inject
    HankoPrincipal user;

    public String caller() {
        return user.userId();
    }
}
