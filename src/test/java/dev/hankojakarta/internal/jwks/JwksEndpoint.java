package dev.hankojakarta.internal.jwks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.hankojakarta.testing.Tokens;

/** Hanko's JWKS endpoint as the cache sees it: counts its calls, can be switched to failing or to a rotated set. */
final class JwksEndpoint implements Supplier<String> {

    private final AtomicInteger calls = new AtomicInteger();
    private volatile String document = Tokens.publicJwks();
    private volatile RuntimeException failure;

    @Override
    public String get() {
        calls.incrementAndGet();
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
        return document;
    }

    int calls() {
        return calls.get();
    }

    /** From now on, serves {@code json}. */
    void serve(String json) {
        document = json;
        failure = null;
    }

    /** From now on, fails as an unreachable Hanko does. */
    void fail() {
        failure = new IllegalStateException("HTTP 503");
    }
}
