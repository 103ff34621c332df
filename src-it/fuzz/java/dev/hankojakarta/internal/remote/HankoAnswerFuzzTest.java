package dev.hankojakarta.internal.remote;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.hankojakarta.fuzz.FuzzBudget;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link RemoteSessionValidator} on answers built from fuzzer data: status, content type, and a body that is either
 * raw bytes, Hanko's real answer with a stretch replaced, or Hanko's answer with fuzzed values in its fields. A crash
 * is any exception, or a broken invariant of {@link HankoAnswerInvariants} (Valid only for 200, JSON,
 * {@code is_valid} true and claims about the token's {@code sub}).
 */
class HankoAnswerFuzzTest {

    private static final String TOKEN = Tokens.session();
    private static final String OTHER_TOKEN = Tokens.session("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
    private static final HankoAnswerInvariants INVARIANTS = new HankoAnswerInvariants();

    /** The fields of {@link HankoJson#VALID}, each with its real value as JSON. */
    private static final String[][] CLAIMS = {
        {"subject", "\"" + Tokens.USER_ID + "\""},
        {"session_id", "\"" + Tokens.SESSION_ID + "\""},
        {"expiration", "\"2026-08-15T06:00:00Z\""},
        {"issued_at", "\"2026-08-14T18:00:00Z\""},
        {"audience", "[\"example.com\"]"},
        {"issuer", "\"https://login.example.com\""},
        {"email", "{\"address\":\"user@example.com\",\"is_primary\":true,\"is_verified\":true}"},
        {"username", "\"jdoe\""},
        {"amr", "[\"passkey\"]"},
        {"role", "\"user\""}};
    private static final String[][] FIELDS = {
        {"expiration_time", "\"2026-08-15T06:00:00Z\""},
        {"user_id", "\"" + Tokens.USER_ID + "\""},
        {"idle_expires_at", "\"2026-08-14T18:30:00.123456Z\""}};

    @AfterAll
    static void close() {
        INVARIANTS.close();
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    @DictionaryEntries({"application/json", "is_valid", "true", "false", "null", "claims", "subject", "user_id",
        "session_id", "expiration", "2026-08-15T06:00:00Z", "\"", "{", "}", "[", "]", ":", ",", "\\u0000",
        "5b1d2c7e-0a4f-4e62-9c1b-7f3e2d8a6b10"})
    void answer(FuzzedDataProvider data) {
        String token = data.consumeInt(0, 7) == 0 ? OTHER_TOKEN : TOKEN;
        int status = switch (data.consumeInt(0, 7)) {
            case 0 -> data.consumeInt();
            case 1 -> 400;
            default -> 200;
        };
        String contentType = switch (data.consumeInt(0, 7)) {
            case 0 -> null;
            case 1 -> data.consumeString(40);
            case 2 -> "application/json; charset=UTF-8";
            default -> "application/json";
        };
        byte[] body = switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeRemainingAsBytes();
            case 1 -> {
                String valid = HankoJson.VALID;
                int from = data.consumeInt(0, valid.length());
                int to = data.consumeInt(from, valid.length());
                yield (valid.substring(0, from) + data.consumeRemainingAsString() + valid.substring(to))
                        .getBytes(StandardCharsets.UTF_8);
            }
            default -> fields(data).getBytes(StandardCharsets.UTF_8);
        };
        INVARIANTS.check(token, status, contentType, body);
    }

    /** Hanko's answer, each field kept, left out, or given a fuzzed or deeply nested JSON text as value. */
    private static String fields(FuzzedDataProvider data) {
        StringBuilder json = new StringBuilder("{\"is_valid\":").append(value(data, "true")).append(",\"claims\":{");
        String separator = "";
        for (String[] claim : CLAIMS) {
            String value = value(data, claim[1]);
            if (value != null) {
                json.append(separator).append('"').append(claim[0]).append("\":").append(value);
                separator = ",";
            }
        }
        json.append('}');
        for (String[] field : FIELDS) {
            String value = value(data, field[1]);
            if (value != null) {
                json.append(",\"").append(field[0]).append("\":").append(value);
            }
        }
        return json.append('}').toString();
    }

    private static String value(FuzzedDataProvider data, String real) {
        return switch (data.consumeInt(0, 15)) {
            case 0 -> null;
            case 1, 2 -> data.consumeString(60);
            case 3 -> nested(data);
            default -> real;
        };
    }

    /** Arrays or objects nested up to 3000 deep: JSON parsers that recurse overflow the stack somewhere there. */
    private static String nested(FuzzedDataProvider data) {
        int depth = data.consumeInt(1, 3000);
        boolean arrays = data.consumeBoolean();
        String inner = data.consumeString(10);
        return arrays ? "[".repeat(depth) + inner + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + inner + "}".repeat(depth);
    }
}
