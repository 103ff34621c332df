package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other integration test of the run (failsafe orders classes by {@code @Order}) and reads the log of
 * every server they started: it must hold no token, no part of one, no session id and no email address (README: "Logs").
 * User ids and token fingerprints are allowed.
 */
@Order(Integer.MAX_VALUE)
class LogHygieneIT {

    @Test
    void theServerLogHoldsNoTokenNoSignatureAndNoClaimValueBeyondUserIds() {
        String log = ServerLog.text();
        List<String> secrets = IssuedTokens.secrets();
        List<String> leaked = secrets.stream().filter(log::contains)
                .map(s -> s.length() > 16 ? s.substring(0, 16) + "..." : s).limit(10).toList();
        assertEquals(List.of(), leaked, "secrets found in the server log of this run");
        assertFalse(log.contains("eyJ"), "something that looks like a JWT segment is in the log");
    }
}
