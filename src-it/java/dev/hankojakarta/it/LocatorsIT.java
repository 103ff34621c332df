package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.hankojakarta.shapes.locators.LocatorsApplication;
import dev.hankojakarta.shapes.locators.NotesResource;
import dev.hankojakarta.shapes.locators.ProjectsResource;
import dev.hankojakarta.shapes.locators.TasksResource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Shape 2, sub-resource locators: the rule on a locator, or on the class that declares it, governs the sub-resource it
 * returns; every rule on the way must let the caller through, the sub-resource's own rules included.
 */
class LocatorsIT extends WithHankoStandIn {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.shapes("locators", Map.of("hanko.api-url", hanko.apiUrl().toString(),
                "hanko.groups.claim", "roles"), LocatorsApplication.class, ProjectsResource.class,
                TasksResource.class, NotesResource.class);
    }

    private String admin() {
        return hanko.user().claim("roles", List.of("admin")).sign();
    }

    private int get(String path, String token) {
        Http http = new Http(deployment);
        return (token == null ? http.get(path) : http.bearer(path, token)).status();
    }

    @Test
    void theLocatorsRuleGovernsTheSubResource() {
        assertEquals(401, get("api/projects/7/admin", null));
        assertEquals(403, get("api/projects/7/admin", hanko.user().sign()));
        assertEquals(200, get("api/projects/7/admin", admin()));
    }

    @Test
    void aPermitAllInTheSubResourceDoesNotOpenWhatTheLocatorClosed() {
        assertEquals(401, get("api/projects/7/admin/open", null));
        assertEquals(403, get("api/projects/7/admin/open", hanko.user().sign()));
        assertEquals(200, get("api/projects/7/admin/open", admin()));
    }

    @Test
    void theClassRuleGovernsAnUnannotatedLocator() {
        assertEquals(401, get("api/projects/7/notes", null));
        assertEquals(401, get("api/projects/7/notes", hanko.user().expired().sign()));
        assertEquals(200, get("api/projects/7/notes", hanko.user().sign()));
        assertEquals(401, get("api/projects/7/notes/public", null));
    }

    @Test
    void theSubResourcesOwnRulesApplyOnTop() {
        assertEquals(403, get("api/projects/7/notes/secret", hanko.user().sign()));
        assertEquals(200, get("api/projects/7/notes/secret", admin()));
    }

    @Test
    void aDenyAllLocatorRefusesEveryone() {
        assertEquals(401, get("api/projects/closed", null));
        assertEquals(403, get("api/projects/closed", admin()));
    }

    @Test
    void aPermitAllLocatorLeavesTheSubResourcesRules() {
        assertEquals(200, get("api/projects/7/public", null));
        assertEquals(200, get("api/projects/7/public/public", hanko.user().expired().sign()));
        assertEquals(401, get("api/projects/7/public/secret", null));
        assertEquals(200, get("api/projects/7/public/secret", admin()));
    }

    @Test
    void optionsOnAProtectedPathTellsNothingButTheMethods() {
        for (String path : List.of("api/projects", "api/projects/7/admin", "api/projects/7/notes/secret")) {
            for (String accept : List.of("*/*", "application/vnd.sun.wadl+xml", "application/xml")) {
                Http.Response response = new Http(deployment).send("OPTIONS", path, "Accept", accept);
                assertTrue(response.status() < 500, response::toString);
                assertFalse(response.body().contains("<resource") || response.body().contains("projects")
                        || response.body().contains("Tasks") || response.body().contains("Exception"),
                        response::toString);
            }
        }
        // and still says which methods there are, for clients and CORS preflights that ask
        Http.Response options = new Http(deployment).send("OPTIONS", "api/projects", "Accept", "*/*");
        assertTrue(String.valueOf(options.header("Allow")).contains("GET"), options::toString);
    }

    @Test
    void noServerDescribesTheProtectedApi() {
        for (String path : List.of("api/application.wadl", "api/application.wadl/xsd0.xsd", "api/openapi")) {
            Http.Response response = new Http(deployment).get(path);
            assertFalse(response.body().contains("projects"), response::toString);
        }
    }
}
