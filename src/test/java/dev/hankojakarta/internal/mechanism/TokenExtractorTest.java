package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenExtractorTest {

    private final TokenExtractor extractor = new TokenExtractor("hanko");

    private List<String> candidates(FakeRequest request) {
        return extractor.candidates(request.servlet());
    }

    @Test
    void bearerTokenIsTheToken() {
        assertEquals(List.of("aaa.bbb.ccc"), candidates(new FakeRequest().header("Authorization", "Bearer aaa.bbb.ccc")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bearer aaa.bbb.ccc", "BEARER aaa.bbb.ccc", "bEaReR aaa.bbb.ccc"})
    void bearerSchemeIsCaseInsensitive(String authorization) {
        assertEquals(List.of("aaa.bbb.ccc"), candidates(new FakeRequest().header("Authorization", authorization)));
    }

    @Test
    void spacesAroundSchemeAndTokenAreIgnored() {
        assertEquals(List.of("aaa.bbb.ccc"),
                candidates(new FakeRequest().header("Authorization", "  Bearer    aaa.bbb.ccc  ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer     ", " bearer "})
    void emptyBearerTokenCountsAsPresented(String authorization) {
        assertEquals(List.of(""), candidates(new FakeRequest().header("Authorization", authorization)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearerx aaa.bbb.ccc", "Beareraaa.bbb.ccc", "Bearer-aaa.bbb.ccc"})
    void schemeThatOnlyStartsWithBearerIsNotOurs(String authorization) {
        assertEquals(List.of(), candidates(new FakeRequest().header("Authorization", authorization)));
    }

    @Test
    void basicSchemeIsNotOurs() {
        assertEquals(List.of(), candidates(new FakeRequest().header("Authorization", "Basic dXNlcjpwYXNz")));
    }

    @Test
    void otherSchemeLetsTheCookieThrough() {
        assertEquals(List.of("cookie.token.value"), candidates(new FakeRequest()
                .header("Authorization", "Basic dXNlcjpwYXNz").cookie("hanko", "cookie.token.value")));
    }

    @Test
    void bearerBeatsCookies() {
        assertEquals(List.of("header.token.value"), candidates(new FakeRequest()
                .bearer("header.token.value").cookie("hanko", "cookie.token.value")));
    }

    @Test
    void emptyBearerStillBeatsCookies() {
        assertEquals(List.of(""), candidates(new FakeRequest()
                .header("Authorization", "Bearer ").cookie("hanko", "cookie.token.value")));
    }

    @Test
    void cookieNamedHankoIsTheToken() {
        assertEquals(List.of("cookie.token.value"), candidates(new FakeRequest().cookie("hanko", "cookie.token.value")));
    }

    @Test
    void cookieNameMatchesExactlyNeverAsPrefixOrIgnoringCase() {
        FakeRequest request = new FakeRequest()
                .cookie("hanko-device-token", "a.b.c")
                .cookie("hanko_x", "d.e.f")
                .cookie("Hanko", "g.h.i")
                .cookie("xhanko", "j.k.l");
        assertEquals(List.of(), candidates(request));
    }

    @Test
    void sameNamedCookiesAreAllTriedInOrder() {
        FakeRequest request = new FakeRequest()
                .cookie("hanko", "first.token.value")
                .cookie("hanko-device-token", "x.y.z")
                .cookie("hanko", "second.token.value");
        assertEquals(List.of("first.token.value", "second.token.value"), candidates(request));
    }

    @Test
    void atMostThreeSameNamedCookiesAreTried() {
        FakeRequest request = new FakeRequest();
        for (int i = 1; i <= 5; i++) {
            request.cookie("hanko", "token" + i);
        }
        assertEquals(List.of("token1", "token2", "token3"), candidates(request));
    }

    @Test
    void emptyCookieIsNoCandidate() {
        assertEquals(List.of("a.b.c"), candidates(new FakeRequest().cookie("hanko", "").cookie("hanko", "a.b.c")));
    }

    @Test
    void customCookieNameIsUsedInsteadOfHanko() {
        FakeRequest request = new FakeRequest().cookie("hanko", "default.name.token").cookie("my-session", "custom.name.token");
        assertEquals(List.of("custom.name.token"), new TokenExtractor("my-session").candidates(request.servlet()));
    }

    @Test
    void requestWithoutCookiesPresentsNoToken() {
        assertEquals(List.of(), candidates(new FakeRequest()));
    }

    @Test
    void tokenIsNeverTakenFromQueryStringOrFormParameters() {
        // The fake request answers every parameter lookup and the query string with FakeRequest.PARAMETER_TOKEN.
        assertEquals(List.of(), candidates(new FakeRequest()));
        assertEquals(List.of("cookie.token.value"), candidates(new FakeRequest().cookie("hanko", "cookie.token.value")));
    }

    @Test
    void whereTheContainerKeepsOneCookiePerNameTheHeaderSuppliesTheOthersInOrder() {
        // Undertow (WildFly) hands the application one "hanko" cookie although the browser sent two.
        FakeRequest request = new FakeRequest()
                .cookie("hanko", "stale.token.value")
                .header("Cookie", "hanko=stale.token.value; other=x; hanko=\"fresh.token.value\"; hankox=no");
        assertEquals(List.of("stale.token.value", "fresh.token.value"), candidates(request));
    }

    @Test
    void theCookieHeaderFallbackAlsoStopsAtThree() {
        FakeRequest request = new FakeRequest()
                .cookie("hanko", "a.a.a")
                .header("Cookie", "hanko=a.a.a; hanko=b.b.b; hanko=c.c.c; hanko=d.d.d");
        assertEquals(List.of("a.a.a", "b.b.b", "c.c.c"), candidates(request));
    }
}
