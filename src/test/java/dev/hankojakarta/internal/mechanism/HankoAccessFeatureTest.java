package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import dev.hankojakarta.testing.Fakes;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import org.junit.jupiter.api.Test;

class HankoAccessFeatureTest {

    @RolesAllowed("admin")
    static class AdminResource {
        public void inherited() { }
        @PermitAll public void open() { }
        @DenyAll public void closed() { }
        @RolesAllowed("auditor") public void audit() { }
    }

    @DenyAll
    static class ClosedResource {
        public void inherited() { }
        @RolesAllowed("admin") public void admin() { }
        @PermitAll public void open() { }
    }

    @PermitAll
    static class OpenResource {
        public void inherited() { }
        @RolesAllowed("admin") public void admin() { }
    }

    static class PlainResource {
        public void unannotated() { }
        @RolesAllowed("admin") public void admin() { }
    }

    @RolesAllowed("admin")
    abstract static class AdminBase<T> {
        public void report() { }
        public void save(T item) { }
        @PermitAll public void status() { }
    }

    static class InheritingResource extends AdminBase<String> {
        @Override public void save(String item) { }
        public void own() { }
    }

    @PermitAll
    static class OpenSubclass extends AdminBase<String> {
        public void own() { }
    }

    static class PlainBase {
        public void inherited() { }
    }

    @RolesAllowed("auditor")
    static class AnnotatedSubclass extends PlainBase {
    }

    interface SecretApi {
        @RolesAllowed("admin") void secret();
        @DenyAll void closed();
        void plain();
    }

    static class InterfaceResource implements SecretApi {
        @Override public void secret() { }
        @Override @PermitAll public void closed() { }
        @Override public void plain() { }
    }

    @RolesAllowed("admin")
    interface GuardedApi {
        void guarded();
    }

    static class GuardedResource implements GuardedApi {
        @Override public void guarded() { }
    }

    static class OverloadingResource extends AdminBase<String> {
        public void report(String format) { }
    }

    static class SearchBase {
        @PermitAll public void find(Object query) { }
    }

    @RolesAllowed("admin")
    static class SearchResource extends SearchBase {
        public void find(String query) { }
    }

    private final List<Object> registered = new ArrayList<>();
    private final List<Integer> priorities = new ArrayList<>();

    /** The filter the feature registers for a resource method, or null. */
    private HankoAccessFilter filterFor(Class<?> type, String methodName, Class<?>... parameters) {
        try {
            return filterFor(type, type.getMethod(methodName, parameters));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** The filter for {@code method} when the server reports it as the resource method of {@code type}. */
    private HankoAccessFilter filterFor(Class<?> type, Method method) {
        registered.clear();
        priorities.clear();
        ResourceInfo info = Fakes.of(ResourceInfo.class, (name, args) -> switch (name) {
            case "getResourceMethod" -> method;
            case "getResourceClass" -> type;
            default -> Fakes.UNKNOWN;
        });
        FeatureContext context = Fakes.of(FeatureContext.class, (name, args) -> {
            if (name.equals("register") && args.length == 2 && args[1] instanceof Integer priority) {
                registered.add(args[0]);
                priorities.add(priority);
                return null;
            }
            return Fakes.UNKNOWN;
        });
        new HankoAccessFeature().configure(info, context);
        assertEquals(1, registered.size(), "not one filter for one method");
        return assertInstanceOf(ResourceRules.class, registered.get(0)).own();
    }

    /** What the filter does for an authenticated caller with these roles: "public", "pass" or the status. */
    private static String verdict(HankoAccessFilter filter, String... roles) {
        FakeRequestContext request = FakeRequestContext.authenticated(roles);
        filter.filter(request.context());
        if (request.markedPublic()) {
            return "public";
        }
        return request.abortedWith == null ? "pass" : String.valueOf(request.abortedWith.getStatus());
    }

    @Test
    void filterRunsAtAuthenticationPriority() {
        filterFor(AdminResource.class, "inherited");
        assertEquals(List.of(Priorities.AUTHENTICATION), priorities);
    }

    @Test
    void classRolesAllowedAppliesToUnannotatedMethods() {
        HankoAccessFilter filter = filterFor(AdminResource.class, "inherited");
        assertEquals("pass", verdict(filter, "admin"));
        assertEquals("403", verdict(filter, "user"));
    }

    @Test
    void methodPermitAllOverridesClassRolesAllowed() {
        assertEquals("public", verdict(filterFor(AdminResource.class, "open"), "user"));
    }

    @Test
    void methodDenyAllOverridesClassRolesAllowed() {
        assertEquals("403", verdict(filterFor(AdminResource.class, "closed"), "admin"));
    }

    @Test
    void methodRolesAllowedOverridesClassRolesAllowed() {
        HankoAccessFilter filter = filterFor(AdminResource.class, "audit");
        assertEquals("pass", verdict(filter, "auditor"));
        assertEquals("403", verdict(filter, "admin"));
    }

    @Test
    void classDenyAllAppliesToUnannotatedMethods() {
        assertEquals("403", verdict(filterFor(ClosedResource.class, "inherited"), "admin"));
    }

    @Test
    void methodRolesAllowedOverridesClassDenyAll() {
        assertEquals("pass", verdict(filterFor(ClosedResource.class, "admin"), "admin"));
    }

    @Test
    void methodPermitAllOverridesClassDenyAll() {
        assertEquals("public", verdict(filterFor(ClosedResource.class, "open")));
    }

    @Test
    void classPermitAllAppliesToUnannotatedMethods() {
        assertEquals("public", verdict(filterFor(OpenResource.class, "inherited")));
    }

    @Test
    void methodRolesAllowedOverridesClassPermitAll() {
        assertEquals("403", verdict(filterFor(OpenResource.class, "admin"), "user"));
    }

    @Test
    void unannotatedResourceHasNoRuleOfItsOwn() {
        assertNull(filterFor(PlainResource.class, "unannotated"));
    }

    @Test
    void annotatedMethodOfUnannotatedClassGetsItsFilter() {
        assertEquals("pass", verdict(filterFor(PlainResource.class, "admin"), "admin"));
    }

    @Test
    void aBaseClassRuleCoversTheMethodsItDeclaresInEverySubclass() {
        HankoAccessFilter filter = filterFor(InheritingResource.class, "report");
        assertEquals("403", verdict(filter, "user"));
        assertEquals("pass", verdict(filter, "admin"));
        assertEquals("403", verdict(filterFor(OpenSubclass.class, "report"), "user"));
    }

    @Test
    void aMethodOverridingAGenericBaseMethodKeepsTheBaseRule() {
        assertEquals("403", verdict(filterFor(InheritingResource.class, "save", String.class), "user"));
    }

    @Test
    void aBaseMethodRuleStaysWithTheMethod() {
        assertEquals("public", verdict(filterFor(InheritingResource.class, "status")));
    }

    @Test
    void theSubclassRuleCoversTheMethodsTheSubclassDeclares() {
        assertNull(filterFor(InheritingResource.class, "own"));
        assertEquals("public", verdict(filterFor(OpenSubclass.class, "own")));
    }

    @Test
    void anInheritedMethodOfAnUnannotatedBaseTakesTheResourceClassRule() {
        assertEquals("403", verdict(filterFor(AnnotatedSubclass.class, "inherited"), "user"));
        assertEquals("pass", verdict(filterFor(AnnotatedSubclass.class, "inherited"), "auditor"));
    }

    @Test
    void anInterfaceMethodRuleAppliesToItsImplementation() {
        assertEquals("403", verdict(filterFor(InterfaceResource.class, "secret"), "user"));
        assertEquals("pass", verdict(filterFor(InterfaceResource.class, "secret"), "admin"));
        assertNull(filterFor(InterfaceResource.class, "plain"));
    }

    @Test
    void theImplementationsOwnRuleWinsOverTheInterfaces() throws NoSuchMethodException {
        assertEquals("public", verdict(filterFor(InterfaceResource.class, "closed")));
        // as when the server reports the interface's method, which carries the JAX-RS annotations
        assertEquals("public", verdict(filterFor(InterfaceResource.class, SecretApi.class.getMethod("closed"))));
        assertEquals("403", verdict(filterFor(InterfaceResource.class, SecretApi.class.getMethod("secret")), "user"));
    }

    @Test
    void anInterfaceClassRuleCoversTheMethodsItDeclares() {
        assertEquals("403", verdict(filterFor(GuardedResource.class, "guarded"), "user"));
    }

    @Test
    void anOverloadIsNotAnOverride() {
        assertNull(filterFor(OverloadingResource.class, "report", String.class));
        assertEquals("403", verdict(filterFor(OverloadingResource.class, "report"), "user"));
    }

    @Test
    void anOverloadWithWiderParametersIsNotAnOverrideEither() {
        // find(String) overloads the base's @PermitAll find(Object): the resource class's admin rule covers it
        assertEquals("403", verdict(filterFor(SearchResource.class, "find", String.class), "user"));
        assertEquals("pass", verdict(filterFor(SearchResource.class, "find", String.class), "admin"));
    }
}
