package dev.hankojakarta.internal.mechanism;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.hankojakarta.testing.Fakes;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A request with headers (a name may repeat, as {@code Cookie} does over HTTP/2), cookies (none: {@code getCookies()} is null, as servlet containers answer) and attributes.
 * Its query string and form parameters all carry a token, so that reading them would show.
 */
final class FakeRequest {

    static final String PARAMETER_TOKEN = "parameter.token.value";

    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Cookie> cookies = new ArrayList<>();
    final Map<String, Object> attributes = new HashMap<>();
    private String method = "GET";

    /** Sets the header's only value. */
    FakeRequest header(String name, String value) {
        headers.remove(name);
        return addHeader(name, value);
    }

    /** Adds one more value of the header. */
    FakeRequest addHeader(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    /** The HTTP method; GET unless set. */
    FakeRequest method(String name) {
        this.method = name;
        return this;
    }

    FakeRequest bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    FakeRequest cookie(String name, String value) {
        cookies.add(new Cookie(name, value));
        return this;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    HttpServletRequest servlet() {
        return Fakes.of(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getMethod" -> method;
            case "getHeader" -> first(headers.get((String) args[0]));
            case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
            case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "removeAttribute" -> attributes.remove((String) args[0]);
            case "getParameter" -> PARAMETER_TOKEN;
            case "getParameterValues" -> new String[] {PARAMETER_TOKEN};
            case "getParameterMap" -> Map.of("hanko", new String[] {PARAMETER_TOKEN},
                    "access_token", new String[] {PARAMETER_TOKEN});
            case "getParameterNames" -> Collections.enumeration(List.of("hanko", "access_token"));
            case "getQueryString" -> "hanko=" + PARAMETER_TOKEN + "&access_token=" + PARAMETER_TOKEN;
            default -> Fakes.UNKNOWN;
        });
    }
}
