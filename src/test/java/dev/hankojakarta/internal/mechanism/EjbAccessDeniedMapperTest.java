package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism.Attempt;
import dev.hankojakarta.testing.Fakes;
import jakarta.ejb.EJBAccessException;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class EjbAccessDeniedMapperTest {

    private static Response map(Attempt attempt) {
        FakeRequest request = new FakeRequest();
        if (attempt != null) {
            request.attributes.put(HankoAuthenticationMechanism.ATTEMPT_ATTRIBUTE, attempt);
        }
        EjbAccessDeniedMapper mapper = new EjbAccessDeniedMapper();
        mapper.request = request.servlet();
        return mapper.toResponse(new EJBAccessException("refused"));
    }

    @Test
    void anAnonymousCallerGets401WithTheBearerChallenge() {
        Response response = map(Attempt.NO_TOKEN);
        assertEquals(401, response.getStatus());
        assertEquals("Bearer realm=\"hanko\"", response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void aCallerWithAnInvalidTokenGets401InvalidToken() {
        Response response = map(Attempt.REJECTED);
        assertEquals(401, response.getStatus());
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void aCallerHankoCouldNotCheckGets503() {
        assertEquals(503, map(Attempt.UNAVAILABLE).getStatus());
    }

    @Test
    void anAuthenticatedCallerGets403() {
        Response response = map(new Attempt.Authenticated(new CredentialValidationResult("user-1")));
        assertEquals(403, response.getStatus());
        assertEquals("{\"error\":\"forbidden\"}", response.getEntity());
    }

    @Test
    void withoutAnAttemptTheCallerIsRefusedNotLetThrough() {
        assertEquals(403, map(null).getStatus());
    }

    @Test
    void theAnswerNamesNothingOfTheException() {
        Response response = map(Attempt.NO_TOKEN);
        assertFalse(String.valueOf(response.getEntity()).contains("refused"));
    }

    // --- the feature that registers the mapper

    private static List<Object> registered(EjbAccessFeature feature, boolean[] enabled) {
        List<Object> registered = new ArrayList<>();
        FeatureContext context = Fakes.of(FeatureContext.class, (method, args) -> {
            if (method.equals("register")) {
                registered.add(args[0]);
                registered.add(args[1]);
                return null;
            }
            return Fakes.UNKNOWN;
        });
        enabled[0] = feature.configure(context);
        return registered;
    }

    @Test
    void whereEnterpriseBeansExistTheMapperIsRegisteredBelowUsersPriority() {
        boolean[] enabled = new boolean[1];
        List<Object> registered = registered(new EjbAccessFeature(), enabled);
        assertTrue(enabled[0]);
        assertEquals(List.of(EjbAccessDeniedMapper.class, EjbAccessFeature.PRIORITY), registered);
        assertTrue(EjbAccessFeature.PRIORITY > jakarta.ws.rs.Priorities.USER);
    }

    @Test
    void withoutEnterpriseBeansNothingIsRegistered() {
        boolean[] enabled = new boolean[1];
        assertEquals(List.of(), registered(new EjbAccessFeature(name -> false), enabled));
        assertFalse(enabled[0]);
    }
}
