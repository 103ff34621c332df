package dev.hankojakarta.internal.mechanism;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;

import dev.hankojakarta.testing.Fakes;
import jakarta.servlet.http.HttpServletResponse;

/** A servlet response that records status, headers and body, and commits on flush. */
final class FakeResponse {

    int status = 200;
    final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String contentType;
    private StringWriter body = new StringWriter();
    boolean committed;

    String body() {
        return body.toString();
    }

    HttpServletResponse servlet() {
        return Fakes.of(HttpServletResponse.class, (method, args) -> switch (method) {
            case "isCommitted" -> committed;
            case "resetBuffer" -> {
                if (committed) {
                    throw new IllegalStateException("committed");
                }
                body = new StringWriter();
                yield null;
            }
            case "setStatus" -> {
                status = (Integer) args[0];
                yield null;
            }
            case "getStatus" -> status;
            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
            case "getHeader" -> headers.get((String) args[0]);
            case "setContentType" -> {
                contentType = (String) args[0];
                yield null;
            }
            case "setCharacterEncoding" -> null;
            case "getWriter" -> new PrintWriter(body);
            case "flushBuffer" -> {
                committed = true;
                yield null;
            }
            default -> Fakes.UNKNOWN;
        });
    }
}
