package dev.hankojakarta.internal.mechanism;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the session tokens a request presents (README: "Where the token comes from"): the {@code Authorization: Bearer} token when there is
 * one, otherwise the values of the cookies named exactly {@code hanko.cookie-name}, at most three. Never a query
 * string or a form field.
 *
 * <p>Cookies come from the container's parser ({@link HttpServletRequest#getCookies()}). Only where the container
 * keeps fewer same-named cookies than the {@code Cookie} header carries (Undertow, on WildFly, keeps one per name) are
 * that name's values read from the header itself, in their order there.
 */
final class TokenExtractor {

    /** Same-named cookies tried per request, so that a stale cookie beside a fresh one still signs in. */
    static final int MAX_COOKIE_CANDIDATES = 3;

    private static final String BEARER = "Bearer";

    private final String cookieName;

    TokenExtractor(String cookieName) {
        this.cookieName = cookieName;
    }

    /** Whether the request carries its token in {@code Authorization: Bearer} (then no cookie counts). */
    boolean hasBearer(HttpServletRequest request) {
        return bearer(request.getHeader("Authorization")).isPresent();
    }

    /** The tokens to try, in order; empty when the request presents none. */
    List<String> candidates(HttpServletRequest request) {
        Optional<String> bearer = bearer(request.getHeader("Authorization"));
        if (bearer.isPresent()) {
            return List.of(bearer.get());
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>(1);
        for (Cookie cookie : cookies) {
            if (cookieName.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
                tokens.add(cookie.getValue());
                if (tokens.size() == MAX_COOKIE_CANDIDATES) {
                    break;
                }
            }
        }
        if (tokens.size() == 1) {
            List<String> fromHeader = fromCookieHeaders(request.getHeaders("Cookie"));
            if (fromHeader.size() > 1) {
                return fromHeader;
            }
        }
        return tokens;
    }

    /**
     * The values of the cookies named exactly {@code hanko.cookie-name} in {@code Cookie} headers
     * ({@code name=value} pairs separated by {@code ;}, RFC 6265 §4.2.1), at most three, surrounding double quotes
     * removed. Only for containers that keep one cookie per name.
     */
    List<String> fromCookieHeaders(Enumeration<String> headers) {
        List<String> tokens = new ArrayList<>(2);
        while (headers != null && headers.hasMoreElements()) {
            String header = headers.nextElement();
            if (header == null) {
                continue;
            }
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals < 0 || !cookieName.equals(pair.substring(0, equals).strip())) {
                    continue;
                }
                String value = pair.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty()) {
                    tokens.add(value);
                    if (tokens.size() == MAX_COOKIE_CANDIDATES) {
                        return tokens;
                    }
                }
            }
        }
        return tokens;
    }

    /**
     * The token of an {@code Authorization} header with the Bearer scheme (case-insensitive, RFC 7235), surrounding
     * spaces removed. An empty token counts as presented: it is then rejected as malformed. Other schemes are not
     * ours and present nothing.
     */
    static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (!value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        if (value.length() > BEARER.length() && value.charAt(BEARER.length()) != ' ') {
            return Optional.empty(); // "Bearerish ..." is another scheme
        }
        return Optional.of(value.substring(BEARER.length()).strip());
    }
}
