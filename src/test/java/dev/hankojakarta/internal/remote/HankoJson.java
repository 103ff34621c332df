package dev.hankojakarta.internal.remote;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Hanko's answers to POST /sessions/validate, read the way the REST client reads them (JSON-B, here Yasson). */
final class HankoJson {

    /** The full valid answer of POST /sessions/validate, as Hanko documents it. */
    static final String VALID = """
            {
              "is_valid": true,
              "claims": {
                "subject": "5b1d2c7e-0a4f-4e62-9c1b-7f3e2d8a6b10",
                "session_id": "c2e8a4f1-6d3b-4a57-b0e9-1f8d7c6a5e42",
                "expiration": "2026-08-15T06:00:00Z",
                "issued_at": "2026-08-14T18:00:00Z",
                "audience": ["example.com"],
                "issuer": "https://login.example.com",
                "email": {"address": "user@example.com", "is_primary": true, "is_verified": true},
                "username": "jdoe",
                "amr": ["passkey"],
                "role": "user"
              },
              "expiration_time": "2026-08-15T06:00:00Z",
              "user_id": "5b1d2c7e-0a4f-4e62-9c1b-7f3e2d8a6b10",
              "idle_expires_at": "2026-08-14T18:30:00.123456Z"
            }""";

    static final String INVALID = "{\"is_valid\":false}";

    /** One JSON-B for the tests, as the library has one per application. */
    static final Jsonb JSONB = JsonbBuilder.create();

    private HankoJson() {
    }

    static ValidateSessionResponse read(String json) {
        return JSONB.fromJson(json, ValidateSessionResponse.class);
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    /** {@link #VALID} with one text replaced. */
    static ValidateSessionResponse validWith(String text, String replacement) {
        if (!VALID.contains(text)) {
            throw new IllegalArgumentException("not in the answer: " + text);
        }
        return read(VALID.replace(text, replacement));
    }
}
