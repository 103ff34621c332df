package dev.hankojakarta.internal.remote;

import jakarta.json.bind.annotation.JsonbProperty;

/** Body of {@code POST /sessions/validate}. */
public record ValidateSessionRequest(@JsonbProperty("session_token") String sessionToken) {

    @Override
    public String toString() {
        return "ValidateSessionRequest[redacted]";
    }
}
