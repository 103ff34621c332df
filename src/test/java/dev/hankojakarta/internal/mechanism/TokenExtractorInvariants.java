package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import dev.hankojakarta.internal.session.SessionTokenInvariants;

/**
 * What holds for every request (README: "Where the token comes from"): {@link TokenExtractor#candidates} never throws and returns at most three
 * candidates, the Bearer token alone when there is one, otherwise values of cookies named {@code hanko.cookie-name},
 * never a query or form parameter; each candidate then passes or fails the shape checks without another exception.
 * Shared by the property tests and the fuzz targets.
 */
final class TokenExtractorInvariants {

    /** A request as presented: an {@code Authorization} header or none, cookies as the container parsed them, and the
     * raw {@code Cookie} headers. */
    record Presented(String authorization, List<Cookie> cookies, List<String> cookieHeaders) {
        record Cookie(String name, String value) {
        }

        FakeRequest request() {
            FakeRequest request = new FakeRequest();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            cookies.forEach(c -> request.cookie(c.name(), c.value()));
            cookieHeaders.forEach(h -> request.addHeader("Cookie", h));
            return request;
        }
    }

    private TokenExtractorInvariants() {
    }

    static List<String> check(String cookieName, Presented presented) {
        List<String> candidates = new TokenExtractor(cookieName).candidates(presented.request().servlet());
        assertTrue(candidates.size() <= TokenExtractor.MAX_COOKIE_CANDIDATES, "more than three: " + candidates.size());
        Optional<String> bearer = TokenExtractor.bearer(presented.authorization());
        if (bearer.isPresent()) {
            assertEquals(List.of(bearer.get()), candidates, "a Bearer token is the only candidate");
            assertTrue(presented.authorization().contains(bearer.get()), "the Bearer token is not from the header");
        }
        for (String candidate : candidates) {
            assertTrue(cameFromHeadersOrCookies(cookieName, presented, candidate),
                    "a candidate came from nowhere the request presented a token");
            if (!presentedAnywhere(presented, FakeRequest.PARAMETER_TOKEN)) {
                assertFalse(candidate.contains(FakeRequest.PARAMETER_TOKEN), "a candidate came from a parameter");
            }
            SessionTokenInvariants.check(candidate);
        }
        return candidates;
    }

    private static boolean cameFromHeadersOrCookies(String cookieName, Presented presented, String candidate) {
        if (presented.authorization() != null && presented.authorization().contains(candidate)) {
            return true;
        }
        if (presented.cookies().stream()
                .anyMatch(c -> cookieName.equals(c.name()) && candidate.equals(c.value()))) {
            return true;
        }
        return presented.cookieHeaders().stream().anyMatch(h -> h != null && h.contains(candidate));
    }

    private static boolean presentedAnywhere(Presented presented, String text) {
        return (presented.authorization() != null && presented.authorization().contains(text))
                || presented.cookies().stream().anyMatch(c -> c.value() != null && c.value().contains(text))
                || presented.cookieHeaders().stream().anyMatch(h -> h != null && h.contains(text));
    }
}
