package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;

import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism.Attempt;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** Sub-resource locators: the locator's rule, or its class's, governs what the sub-resource answers. */
class ResourceRulesTest {

    @Path("projects")
    @RolesAllowed("user")
    public static class Projects {
        @GET public String list() { return ""; }
        @Path("{id}/admin") @RolesAllowed("admin") public Tasks admin() { return new Tasks(); }
        @Path("{id}/notes") public Notes notes() { return new Notes(); }
        @Path("closed") @DenyAll public Notes closed() { return new Notes(); }
        @Path("{id: [0-9]+}/public") @PermitAll public Notes open() { return new Notes(); }
        @Path("any") @PermitAll public Object anything() { return new Notes(); }
    }

    public static class Tasks {
        @GET public String list() { return ""; }
        @GET @Path("open") @PermitAll public String open() { return ""; }
        @Path("notes") public Notes notes() { return new Notes(); }
    }

    public static class Notes {
        @GET public String all() { return ""; }
        @GET @Path("secret") @RolesAllowed("admin") public String secret() { return ""; }
        @GET @Path("public") @PermitAll public String pub() { return ""; }
    }

    /** A CDI client proxy of {@link Projects}, as Weld names it. */
    public static class Projects$Proxy$_$$_WeldClientProxy extends Projects {
        @Override public Tasks admin() { return super.admin(); }
    }

    private final SubResourceRules locators = new SubResourceRules();

    private FakeRequestContext run(String method, FakeRequestContext request, String path, Object... matched) {
        Method m;
        try {
            m = matched[0].getClass().getMethod(method);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        new ResourceRules(HankoAccessFeature.ruleFor(m, matched[0].getClass()), locators, true)
                .filter(request.through(path, matched).context());
        return request;
    }

    private static String verdict(FakeRequestContext request) {
        if (request.abortedWith != null) {
            return String.valueOf(request.abortedWith.getStatus());
        }
        return request.markedPublic() ? "public" : "pass";
    }

    private String as(String roles, String method, String path, Object... matched) {
        FakeRequestContext request = roles == null ? FakeRequestContext.after(Attempt.NO_TOKEN)
                : FakeRequestContext.authenticated(roles.split(","));
        return verdict(run(method, request, path, matched));
    }

    @Test
    void theLocatorsRuleGovernsTheSubResource() {
        Object[] chain = {new Tasks(), new Projects()};
        assertEquals("401", as(null, "list", "projects/7/admin", chain));
        assertEquals("403", as("user", "list", "projects/7/admin", chain));
        assertEquals("pass", as("admin", "list", "projects/7/admin", chain));
    }

    @Test
    void aPermitAllInTheSubResourceDoesNotOpenWhatTheLocatorClosed() {
        Object[] chain = {new Tasks(), new Projects()};
        assertEquals("401", as(null, "open", "projects/7/admin/open", chain));
        assertEquals("403", as("user", "open", "projects/7/admin/open", chain));
        assertEquals("pass", as("admin", "open", "projects/7/admin/open", chain));
    }

    @Test
    void theClassRuleOfTheLocatorsClassGovernsAnUnannotatedLocator() {
        Object[] chain = {new Notes(), new Projects()};
        assertEquals("401", as(null, "all", "projects/7/notes", chain));
        assertEquals("pass", as("user", "all", "projects/7/notes", chain));
        // and the sub-resource's own rule applies on top
        assertEquals("403", as("user", "secret", "projects/7/notes/secret", chain));
        assertEquals("pass", as("user,admin", "secret", "projects/7/notes/secret", chain));
    }

    @Test
    void thePathTellsWhichLocatorOfTheClassReturnedIt() {
        Object[] chain = {new Notes(), new Projects()};
        assertEquals("403", as("user,admin", "all", "projects/closed", chain));
        assertEquals("public", as(null, "pub", "projects/7/public/public", chain));
        assertEquals("pass", as(null, "all", "projects/7/public", chain));
        assertEquals("401", as(null, "secret", "projects/7/public/secret", chain));
        // {id: [0-9]+} does not match "x": not the public locator, so the notes locator (class rule user) it is
        assertEquals("401", as(null, "all", "projects/x/notes", chain));
    }

    @Test
    void everyLocatorOnTheWayMustLetTheCallerThrough() {
        Object[] chain = {new Notes(), new Tasks(), new Projects()};
        assertEquals("403", as("user", "all", "projects/7/admin/notes", chain));
        assertEquals("pass", as("user,admin", "all", "projects/7/admin/notes", chain));
    }

    @Test
    void aLocatorReturningObjectCountsToo() {
        Object[] chain = {new Notes(), new Projects()};
        assertEquals("public", as(null, "pub", "projects/any/public", chain));
        assertEquals("401", as(null, "secret", "projects/any/secret", chain));
    }

    @Test
    void whereThePathCannotTellEveryFittingLocatorsRuleApplies() {
        // a path no template explains: closed (@DenyAll) is among the candidates, so nobody passes
        Object[] chain = {new Notes(), new Projects()};
        assertEquals("403", as("user,admin", "all", "elsewhere", chain));
    }

    @Test
    void theClassBehindACdiProxyIsRead() {
        Object[] chain = {new Tasks(), new Projects$Proxy$_$$_WeldClientProxy()};
        assertEquals("403", as("user", "list", "projects/7/admin", chain));
        assertEquals("pass", as("admin", "list", "projects/7/admin", chain));
    }

    @Test
    void aMethodReachedWithoutALocatorHasItsOwnRuleOnly() {
        assertEquals("pass", as("user", "list", "projects", new Projects()));
        assertEquals("public", as(null, "pub", "notes/public", new Notes()));
        assertEquals("pass", as(null, "all", "notes", new Notes()));
    }

    @Test
    void templates() {
        assertNotNull(SubResourceRules.template("{id: [0-9]{3}}/x"));
        assertTrue(SubResourceRules.template("/{id: [0-9]{3}}/x/").matcher("123/x/more").find());
        assertFalse(SubResourceRules.template("{id: [0-9]{3}}/x").matcher("12/x").find());
        assertFalse(SubResourceRules.template("notes").matcher("notesx").find());
        assertTrue(SubResourceRules.template("a.b").matcher("a.b").find());
        assertFalse(SubResourceRules.template("a.b").matcher("axb").find());
        assertNull(SubResourceRules.template("{unclosed"));
    }

    @Test
    void matrixParametersDoNotMisleadTheChoiceOfLocator() {
        Object[] chain = {new Notes(), new Projects()};
        assertEquals("403", as("user,admin", "all", "projects/closed;x=1", chain));
        assertEquals("401", as(null, "all", "projects;v=2/7;a=b/notes", chain));
        assertEquals("pass", as(null, "all", "projects/7;a=b/public", chain));
    }
}
