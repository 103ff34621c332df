package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.hankojakarta.HankoSessionCredential;
import dev.hankojakarta.HankoUnavailableException;
import dev.hankojakarta.testing.TestConfig;
import dev.hankojakarta.testing.Tokens;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.Test;

class HankoAuthenticationMechanismTest {

    private static final String NO_TOKEN_CHALLENGE = "Bearer realm=\"hanko\"";
    private static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"hanko\", error=\"invalid_token\"";

    private final String token = Tokens.session();
    private final String otherToken = Tokens.another();
    private final CredentialValidationResult valid = new CredentialValidationResult(Tokens.USER_ID);

    /** Tokens handed to the identity stores, in order. */
    private final List<String> presented = new ArrayList<>();
    /** What the identity stores make of a token; INVALID unless a test says otherwise. */
    private Function<String, CredentialValidationResult> stores = t -> CredentialValidationResult.INVALID_RESULT;

    private final FakeRequest request = new FakeRequest();
    private final FakeResponse response = new FakeResponse();
    private final HankoAuthenticationMechanism mechanism = new HankoAuthenticationMechanism();

    HankoAuthenticationMechanismTest() {
        mechanism.config = TestConfig.defaults();
        mechanism.identityStoreHandler = credential -> {
            String presentedToken = ((HankoSessionCredential) credential).token();
            presented.add(presentedToken);
            return stores.apply(presentedToken);
        };
        mechanism.init();
    }

    private AuthenticationStatus invoke(FakeMessageContext context) {
        return mechanism.validateRequest(request.servlet(), response.servlet(), context.context());
    }

    private AuthenticationStatus onProtected() {
        return invoke(new FakeMessageContext(true));
    }

    private AuthenticationStatus onPublic() {
        return invoke(new FakeMessageContext(false));
    }

    private void assertUntouched() {
        assertAll(
                () -> assertEquals(200, response.status),
                () -> assertEquals(0, response.headers.size(), response.headers::toString),
                () -> assertEquals("", response.body()),
                () -> assertFalse(response.committed));
    }

    private void assertAnswered(int status, String header, String value) {
        assertAll(
                () -> assertEquals(status, response.status),
                () -> assertEquals(value, response.headers.get(header)),
                () -> assertEquals("no-store", response.headers.get("Cache-Control")),
                () -> assertTrue(response.committed, "the answer was not committed"),
                () -> assertFalse(response.body().contains(token), "the body quotes the token"),
                () -> assertFalse(response.body().contains(otherToken), "the body quotes the token"),
                () -> assertFalse(response.body().contains("Exception"), response.body()),
                () -> assertTrue(response.body().length() < 100, response.body()));
    }

    // --- no token

    @Test
    void noTokenOnProtectedResourceIs401WithBearerChallenge() {
        assertEquals(AuthenticationStatus.SEND_FAILURE, onProtected());
        assertAnswered(401, "WWW-Authenticate", NO_TOKEN_CHALLENGE);
    }

    @Test
    void noTokenOnPublicResourcePassesAnonymously() {
        assertEquals(AuthenticationStatus.NOT_DONE, onPublic());
        assertUntouched();
    }

    @Test
    void noTokenAsksNobody() {
        onProtected();
        assertEquals(List.of(), presented);
    }

    // --- cross-origin requests with the cookie's token

    @Test
    void aCrossSitePostWithTheCookieIsRefusedBeforeAnyValidationEvenOnAPublicResource() {
        stores = t -> valid;
        request.method("POST").cookie("hanko", token).header("Sec-Fetch-Site", "cross-site")
                .header("Origin", "https://evil.example");
        assertEquals(AuthenticationStatus.SEND_FAILURE, onPublic());
        assertAnswered(403, "WWW-Authenticate", null);
        assertEquals("{\"error\":\"cross_origin_request\"}", response.body());
        assertEquals(List.of(), presented, "no identity store is asked");
    }

    @Test
    void theSamePostWithBearerOrFromTheSameOriginLogsTheCallerIn() {
        stores = t -> valid;
        request.method("POST").bearer(token).header("Sec-Fetch-Site", "cross-site");
        assertEquals(AuthenticationStatus.SUCCESS, onProtected());
        FakeRequest sameOrigin = new FakeRequest().method("POST").cookie("hanko", token)
                .header("Sec-Fetch-Site", "same-origin");
        FakeMessageContext context = new FakeMessageContext(true);
        assertEquals(AuthenticationStatus.SUCCESS,
                mechanism.validateRequest(sameOrigin.servlet(), new FakeResponse().servlet(), context.context()));
    }

    // --- valid token

    @Test
    void validTokenOnProtectedResourceLogsTheCallerIn() {
        stores = t -> valid;
        request.bearer(token);
        FakeMessageContext context = new FakeMessageContext(true);
        assertEquals(AuthenticationStatus.SUCCESS, invoke(context));
        assertSame(valid, context.loggedIn);
        assertUntouched();
    }

    @Test
    void validTokenOnPublicResourceLogsTheCallerInToo() {
        stores = t -> valid;
        request.cookie("hanko", token);
        FakeMessageContext context = new FakeMessageContext(false);
        assertEquals(AuthenticationStatus.SUCCESS, invoke(context));
        assertSame(valid, context.loggedIn);
    }

    @Test
    void presentedTokenIsHandedToTheIdentityStores() {
        stores = t -> valid;
        request.bearer(token);
        onProtected();
        assertEquals(List.of(token), presented);
    }

    // --- invalid token

    @Test
    void invalidTokenOnProtectedResourceIs401WithInvalidTokenError() {
        request.bearer(token);
        assertEquals(AuthenticationStatus.SEND_FAILURE, onProtected());
        assertAnswered(401, "WWW-Authenticate", INVALID_TOKEN_CHALLENGE);
    }

    @Test
    void invalidTokenOnPublicResourcePassesAnonymously() {
        request.bearer(token);
        assertEquals(AuthenticationStatus.NOT_DONE, onPublic());
        assertUntouched();
    }

    @Test
    void emptyBearerTokenIsAnInvalidTokenNotAMissingOne() {
        request.header("Authorization", "Bearer ");
        onProtected();
        assertAnswered(401, "WWW-Authenticate", INVALID_TOKEN_CHALLENGE);
    }

    @Test
    void notValidatedByAnyStoreIsAnInvalidToken() {
        stores = t -> CredentialValidationResult.NOT_VALIDATED_RESULT;
        request.bearer(token);
        onProtected();
        assertAnswered(401, "WWW-Authenticate", INVALID_TOKEN_CHALLENGE);
    }

    // --- outage

    @Test
    void outageOnProtectedResourceIs503WithRetryAfter() {
        stores = t -> {
            throw new HankoUnavailableException("Hanko answered HTTP 503");
        };
        request.bearer(token);
        assertEquals(AuthenticationStatus.SEND_FAILURE, onProtected());
        assertEquals(503, response.status);
        assertTrue(response.headers.get("Retry-After").matches("\\d+"), response.headers::toString);
        assertAnswered(503, "Retry-After", response.headers.get("Retry-After"));
    }

    @Test
    void outageOnPublicResourcePassesAnonymously() {
        stores = t -> {
            throw new HankoUnavailableException("Hanko answered HTTP 503");
        };
        request.bearer(token);
        assertEquals(AuthenticationStatus.NOT_DONE, onPublic());
        assertUntouched();
    }

    @Test
    void outageWrappedByTheContainerIsStillAnOutage() {
        stores = t -> {
            throw new IllegalStateException("identity store failed",
                    new HankoUnavailableException("Hanko answered HTTP 503"));
        };
        request.bearer(token);
        onProtected();
        assertEquals(503, response.status);
    }

    @Test
    void failingIdentityStoreIs503NotA500() {
        stores = t -> {
            throw new IllegalStateException("database of the application is down, token " + t);
        };
        request.bearer(token);
        assertEquals(AuthenticationStatus.SEND_FAILURE, onProtected());
        assertAnswered(503, "Retry-After", response.headers.get("Retry-After"));
    }

    // --- public resources the server treats as protected

    @Test
    void publicAttributeMakesAProtectedInvocationPass() {
        request.attributes.put(HankoAuthenticationMechanism.PUBLIC_ATTRIBUTE, Boolean.TRUE);
        assertEquals(AuthenticationStatus.NOT_DONE, onProtected());
        assertUntouched();
    }

    @Test
    void publicAttributeStillLogsInAValidCaller() {
        stores = t -> valid;
        request.attributes.put(HankoAuthenticationMechanism.PUBLIC_ATTRIBUTE, Boolean.TRUE);
        request.bearer(token);
        assertEquals(AuthenticationStatus.SUCCESS, onProtected());
    }

    // --- several invocations for one request

    @Test
    void secondInvocationDoesNotAskTheIdentityStoresAgain() {
        stores = t -> valid;
        request.bearer(token);
        onPublic();
        FakeMessageContext second = new FakeMessageContext(true);
        assertEquals(AuthenticationStatus.SUCCESS, invoke(second));
        assertSame(valid, second.loggedIn);
        assertEquals(1, presented.size());
    }

    @Test
    void secondProtectedInvocationAnswersFromTheFirstOutcome() {
        request.bearer(token);
        assertEquals(AuthenticationStatus.NOT_DONE, onPublic());
        assertEquals(AuthenticationStatus.SEND_FAILURE, onProtected());
        assertAnswered(401, "WWW-Authenticate", INVALID_TOKEN_CHALLENGE);
        assertEquals(1, presented.size());
    }

    @Test
    void outageIsNotAskedAgainWithinTheRequest() {
        stores = t -> {
            throw new HankoUnavailableException("down");
        };
        request.bearer(token);
        onProtected();
        onProtected();
        assertEquals(1, presented.size());
        assertEquals(503, response.status);
    }

    // --- several cookies

    @Test
    void firstValidOfSeveralCookiesWins() {
        stores = t -> t.equals(otherToken) ? valid : CredentialValidationResult.INVALID_RESULT;
        request.cookie("hanko", token).cookie("hanko", otherToken);
        FakeMessageContext context = new FakeMessageContext(true);
        assertEquals(AuthenticationStatus.SUCCESS, invoke(context));
        assertSame(valid, context.loggedIn);
        assertEquals(List.of(token, otherToken), presented);
    }

    @Test
    void cookiesAfterTheFirstValidOneAreNotTried() {
        stores = t -> valid;
        request.cookie("hanko", token).cookie("hanko", otherToken);
        onProtected();
        assertEquals(List.of(token), presented);
    }

    @Test
    void cookieAfterAnOutageCanStillSignIn() {
        stores = t -> {
            if (t.equals(token)) {
                throw new HankoUnavailableException("down");
            }
            return valid;
        };
        request.cookie("hanko", token).cookie("hanko", otherToken);
        assertEquals(AuthenticationStatus.SUCCESS, onProtected());
    }

    @Test
    void outageBeatsInvalidWhenNoCookieIsValid() {
        // One of the cookies might have been valid: say 503, not 401, so that the client does not drop its session.
        stores = t -> {
            if (t.equals(otherToken)) {
                throw new HankoUnavailableException("down");
            }
            return CredentialValidationResult.INVALID_RESULT;
        };
        request.cookie("hanko", token).cookie("hanko", otherToken);
        onProtected();
        assertEquals(503, response.status);
    }

    @Test
    void allCookiesInvalidIs401InvalidToken() {
        request.cookie("hanko", token).cookie("hanko", otherToken);
        onProtected();
        assertAnswered(401, "WWW-Authenticate", INVALID_TOKEN_CHALLENGE);
        assertEquals(2, presented.size());
    }

    @Test
    void attemptIsKeptInTheRequest() {
        onPublic();
        assertEquals(HankoAuthenticationMechanism.Attempt.NO_TOKEN,
                request.attributes.get(HankoAuthenticationMechanism.ATTEMPT_ATTRIBUTE));
        assertNull(request.attributes.get(HankoAuthenticationMechanism.PUBLIC_ATTRIBUTE));
    }
}
