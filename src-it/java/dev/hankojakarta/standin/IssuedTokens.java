package dev.hankojakarta.standin;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Every token minted in this test JVM and the secrets it carries, so that a test at the end of the run can prove the
 * server log holds none of them.
 */
public final class IssuedTokens {

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private IssuedTokens() {
    }

    static void record(String token, JWTClaimsSet claims) {
        String[] parts = token.split("\\.");
        SECRETS.add(parts[1]);
        SECRETS.add(parts[2]);
        Object sessionId = claims.getClaim("session_id");
        if (sessionId instanceof String s && s.length() > 8) {
            SECRETS.add(s);
        }
        if (claims.getClaim("email") instanceof java.util.Map<?, ?> email && email.get("address") instanceof String a) {
            SECRETS.add(a);
        }
    }

    /** Token payloads and signatures, session ids and email addresses of every minted token. */
    public static List<String> secrets() {
        return List.copyOf(SECRETS);
    }
}
