package dev.hankojakarta.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.nimbusds.jose.util.JSONObjectUtils;

/** A plain HTTP client for the deployed sample application, on 127.0.0.1. */
final class Http {

    /** HTTP/1.1, as browsers speak to most application servers; no h2c upgrade. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    Http(URL deployment) {
        // Arquillian reports the machine's first non-loopback address; the servers listen on every interface.
        this.base = URI.create("http://127.0.0.1:" + deployment.getPort() + deployment.getPath());
    }

    Response get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /** A request without a body ({@code POST} with an empty one); headers as name, value, name, value, ... */
    Response send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return new Response(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST of a JSON body. */
    Response postJson(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return new Response(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The absolute URL of {@code path} in the deployment, as another process (Hanko) would call it. */
    URI resolve(String path) {
        return base.resolve(path);
    }

    Response bearer(String path, String token) {
        return get(path, "Authorization", "Bearer " + token);
    }

    /** The origin of the deployment as a browser on its page would send it. */
    String origin() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    Response cookie(String path, String cookieHeader) {
        return get(path, "Cookie", cookieHeader);
    }

    /**
     * Sends bytes as they are, for requests an HTTP client refuses to build (raw non-ASCII header values); answers
     * the status code.
     */
    int rawGet(String path, String headerLines) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + base.resolve(path).getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + headerLines + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Response(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** A field of the JSON body. */
        Object json(String field) {
            try {
                return JSONObjectUtils.parse(raw.body()).get(field);
            } catch (java.text.ParseException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
