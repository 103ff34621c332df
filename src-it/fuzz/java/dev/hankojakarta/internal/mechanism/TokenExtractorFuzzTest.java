package dev.hankojakarta.internal.mechanism;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.hankojakarta.fuzz.FuzzBudget;
import dev.hankojakarta.internal.mechanism.TokenExtractorInvariants.Presented;
import dev.hankojakarta.testing.Tokens;

/**
 * Token extraction and the shape checks of what it extracts (README: "Where the token comes from"), on requests built from fuzzer data: an
 * {@code Authorization} header, cookies as the container parsed them, raw {@code Cookie} headers. A crash is any
 * exception, or a broken invariant of {@link TokenExtractorInvariants}.
 */
class TokenExtractorFuzzTest {

    private static final String[] COOKIE_NAMES = {"hanko", "Hanko", "hanko_session", "other"};
    private static final String TOKEN = Tokens.session();

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    @DictionaryEntries({"Bearer ", "bearer", "hanko=", "; ", "\"", "eyJ", "{\"alg\":\"RS256\"}", "{\"alg\":\"none\"}",
        "{\"kid\":\"test-key\",\"alg\":\"RS256\"}", "{\"sub\":\"", "\"exp\":", "\"crit\":[\"b64\"]", "\"b64\":false"})
    void extract(FuzzedDataProvider data) {
        String cookieName = data.pickValue(COOKIE_NAMES);
        String authorization = switch (data.consumeInt(0, 3)) {
            case 0 -> null;
            case 1 -> "Bearer " + value(data);
            default -> data.consumeString(200);
        };
        List<Presented.Cookie> cookies = new ArrayList<>();
        for (int i = data.consumeInt(0, 5); i > 0; i--) {
            cookies.add(new Presented.Cookie(data.pickValue(COOKIE_NAMES), data.consumeBoolean() ? null : value(data)));
        }
        List<String> headers = new ArrayList<>();
        for (int i = data.consumeInt(0, 2); i > 0; i--) {
            headers.add(data.consumeBoolean() ? data.consumeString(300) : "hanko=" + value(data) + "; hanko=" + value(data));
        }
        TokenExtractorInvariants.check(cookieName, new Presented(authorization, cookies, headers));
    }

    /** A token-like value: arbitrary text, the real token, or a compact JWS of fuzzed header and payload JSON. */
    private static String value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> TOKEN;
            case 1 -> Tokens.b64(data.consumeString(200)) + "." + Tokens.b64(data.consumeString(400)) + "."
                    + data.consumeAsciiString(50);
            default -> data.consumeString(300);
        };
    }
}
