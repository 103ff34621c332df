package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism.Attempt;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class HankoAccessFilterTest {

    private static final HankoAccessFilter ADMINS = HankoAccessFilter.rolesAllowed(List.of("admin", "auditor"));

    private static FakeRequestContext filter(HankoAccessFilter filter, FakeRequestContext request) {
        filter.filter(request.context());
        return request;
    }

    private static Response aborted(HankoAccessFilter filter, FakeRequestContext request) {
        Response response = filter(filter, request).abortedWith;
        assertNotNull(response, "the request was let through");
        return response;
    }

    // --- @PermitAll

    @Test
    void permitAllLetsAnonymousCallersThrough() {
        FakeRequestContext request = filter(HankoAccessFilter.permitAll(), FakeRequestContext.after(Attempt.NO_TOKEN));
        assertNull(request.abortedWith);
    }

    @Test
    void permitAllLetsCallersWithABadTokenThrough() {
        assertNull(filter(HankoAccessFilter.permitAll(), FakeRequestContext.after(Attempt.REJECTED)).abortedWith);
        assertNull(filter(HankoAccessFilter.permitAll(), FakeRequestContext.after(Attempt.UNAVAILABLE)).abortedWith);
    }

    @Test
    void permitAllMarksTheRequestPublicForTheMechanism() {
        assertTrue(filter(HankoAccessFilter.permitAll(), new FakeRequestContext()).markedPublic());
    }

    // --- @RolesAllowed

    @Test
    void callerWithARoleIsLetThrough() {
        FakeRequestContext request = filter(ADMINS, FakeRequestContext.authenticated("auditor"));
        assertNull(request.abortedWith);
        assertFalse(request.markedPublic());
    }

    @Test
    void callerWithoutTheRoleIs403() {
        Response response = aborted(ADMINS, FakeRequestContext.authenticated("user"));
        assertEquals(403, response.getStatus());
    }

    @Test
    void callerWithoutAnyRoleIs403() {
        assertEquals(403, aborted(ADMINS, FakeRequestContext.authenticated()).getStatus());
    }

    @Test
    void noTokenIs401WithBearerChallenge() {
        Response response = aborted(ADMINS, FakeRequestContext.after(Attempt.NO_TOKEN));
        assertEquals(401, response.getStatus());
        assertEquals("Bearer realm=\"hanko\"", response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void invalidTokenIs401WithInvalidTokenError() {
        Response response = aborted(ADMINS, FakeRequestContext.after(Attempt.REJECTED));
        assertEquals(401, response.getStatus());
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void outageIs503WithRetryAfter() {
        Response response = aborted(ADMINS, FakeRequestContext.after(Attempt.UNAVAILABLE));
        assertEquals(503, response.getStatus());
        assertTrue(response.getHeaderString("Retry-After").matches("\\d+"), response.getHeaderString("Retry-After"));
    }

    @Test
    void answersAreShortUncachedJson() {
        for (Attempt attempt : List.of(Attempt.NO_TOKEN, Attempt.REJECTED, Attempt.UNAVAILABLE)) {
            Response response = aborted(ADMINS, FakeRequestContext.after(attempt));
            assertAll(
                    () -> assertEquals("application/json", response.getMediaType().toString()),
                    () -> assertEquals("no-store", response.getHeaderString("Cache-Control")),
                    () -> assertTrue(response.getEntity().toString().startsWith("{\"error\":"), response::toString));
        }
    }

    @Test
    void withoutTheMechanismTheServersRulesApply() {
        // hanko.enabled=false: no attempt in the request; the rule stands aside.
        assertNull(ADMINS.refusal(new FakeRequestContext().context(), false));
        assertNull(HankoAccessFilter.denyAll().refusal(new FakeRequestContext().context(), false));
    }

    @Test
    void aRequestTheMechanismDidNotDecideIs401WithoutACaller() {
        // the mechanism is on but did not run for this request: nobody checked a caller, so none passes
        Response response = aborted(ADMINS, new FakeRequestContext());
        assertEquals(401, response.getStatus());
        assertEquals("Bearer realm=\"hanko\"", response.getHeaderString("WWW-Authenticate"));
        assertEquals(401, aborted(HankoAccessFilter.denyAll(), new FakeRequestContext()).getStatus());
    }

    @Test
    void aRequestTheMechanismDidNotDecideIsJudgedByTheContainersCaller() {
        assertNull(filter(ADMINS, FakeRequestContext.containerCaller("admin")).abortedWith);
        assertEquals(403, aborted(ADMINS, FakeRequestContext.containerCaller("user")).getStatus());
    }

    // --- @DenyAll

    @Test
    void denyAllIs403ForAnAuthenticatedCaller() {
        assertEquals(403, aborted(HankoAccessFilter.denyAll(), FakeRequestContext.authenticated("admin")).getStatus());
    }

    @Test
    void denyAllIs401WithoutAToken() {
        assertEquals(401, aborted(HankoAccessFilter.denyAll(), FakeRequestContext.after(Attempt.NO_TOKEN)).getStatus());
    }
}
