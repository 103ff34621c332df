package dev.hankojakarta.it;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.hankojakarta.testkit.HankoStandIn;

/**
 * Every token minted in this test JVM and the secrets it carries, so that a test at the end of the run can prove the
 * server log holds none of them. Each test class's stand-in hands its tokens in when it stops.
 */
final class IssuedTokens {

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private IssuedTokens() {
    }

    /** Keeps the secrets of every token {@code standIn} signed. */
    static void record(HankoStandIn standIn) {
        standIn.issuedTokens().forEach(IssuedTokens::record);
    }

    static void record(String token) {
        String[] parts = token.split("\\.");
        SECRETS.add(parts[1]);
        SECRETS.add(parts[2]);
        JWTClaimsSet claims;
        try {
            claims = SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        Object sessionId = claims.getClaim("session_id");
        if (sessionId instanceof String s && s.length() > 8) {
            SECRETS.add(s);
        }
        if (claims.getClaim("email") instanceof Map<?, ?> email && email.get("address") instanceof String a) {
            SECRETS.add(a);
        }
    }

    /** Token payloads and signatures, session ids and email addresses of every token minted so far. */
    static List<String> secrets() {
        if (WithHankoStandIn.hanko != null) {
            record(WithHankoStandIn.hanko);
        }
        return List.copyOf(SECRETS);
    }
}
