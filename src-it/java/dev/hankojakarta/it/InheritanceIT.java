package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.hankojakarta.shapes.inherit.AdminBase;
import dev.hankojakarta.shapes.inherit.InheritApplication;
import dev.hankojakarta.shapes.inherit.InheritedResource;
import dev.hankojakarta.shapes.inherit.InterfaceResource;
import dev.hankojakarta.shapes.inherit.SecretApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Shape 3, inheritance and interfaces: a rule on a generic abstract base class covers the methods that class declares
 * in every subclass; the rules on an interface's methods apply to the resource that implements them. The README's
 * "Which rule applies" is the rule proven here, the same on every server.
 */
class InheritanceIT extends WithHankoStandIn {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.shapes("inherit", Map.of("hanko.api-url", hanko.apiUrl().toString(),
                "hanko.groups.claim", "roles"), InheritApplication.class, AdminBase.class, InheritedResource.class,
                SecretApi.class, InterfaceResource.class);
    }

    private String admin() {
        return hanko.user().claim("roles", List.of("admin")).sign();
    }

    private int get(String path, String token) {
        Http http = new Http(deployment);
        Http.Response response = token == null ? http.get(path) : http.bearer(path, token);
        return response.status();
    }

    @Test
    void theBaseClassRuleCoversItsMethodsInTheSubclass() {
        assertEquals(401, get("api/inherited/report", null));
        assertEquals(403, get("api/inherited/report", hanko.user().sign()));
        assertEquals(200, get("api/inherited/report", admin()));
    }

    @Test
    void theSubclassRuleCoversWhatTheSubclassDeclares() {
        assertEquals(401, get("api/inherited/own", null));
        assertEquals(200, get("api/inherited/own", hanko.user().sign()));
        // an override is declared by the subclass: the subclass's rule, as Jakarta Annotations says
        assertEquals(401, get("api/inherited/item/7", null));
        assertEquals(200, get("api/inherited/item/7", hanko.user().sign()));
    }

    @Test
    void aBaseMethodsPermitAllStaysPublic() {
        assertEquals(200, get("api/inherited/status", null));
        assertEquals(200, get("api/inherited/status", hanko.user().expired().sign()));
    }

    @Test
    void anInterfaceMethodsRuleApplies() {
        assertEquals(401, get("api/secret", null));
        assertEquals(403, get("api/secret", hanko.user().sign()));
        assertEquals(200, get("api/secret", admin()));
    }

    @Test
    void anInterfaceMethodsPermitAllStaysPublic() {
        assertEquals(200, get("api/secret/open", null));
    }

    @Test
    void anUnannotatedInterfaceMethodIsPublic() {
        assertEquals(200, get("api/secret/plain", null));
    }
}
