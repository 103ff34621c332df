package dev.hankojakarta.internal.jwks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.hankojakarta.internal.jwks.JwksCache.Lookup;
import dev.hankojakarta.testing.FakeTime;
import dev.hankojakarta.testing.LogCapture;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JwksCacheTest {

    private static final String KID = Tokens.KEY_ID;
    /** The key Hanko rotates to. */
    private static final RSAKey NEXT = Tokens.newKey("next-key");
    private static final String SOURCE = "https://hanko.test/.well-known/jwks.json";

    private final FakeTime time = new FakeTime();
    private final JwksEndpoint hanko = new JwksEndpoint();
    private final JwksCache cache = new JwksCache(hanko, time.clock(), SOURCE);

    @RegisterExtension
    final LogCapture logged = new LogCapture(JwksCache.class);

    private List<String> warnings() {
        return logged.warnings();
    }

    private void rotate() {
        hanko.serve(Tokens.jwks(Tokens.asHankoPublishes(Tokens.key()), Tokens.asHankoPublishes(NEXT)));
    }

    private void after(Duration duration) {
        time.advance(duration);
    }

    // --- fetching

    @Test
    void nothingIsFetchedBeforeTheFirstLookup() {
        assertEquals(0, hanko.calls());
    }

    @Test
    void publishedKidIsFound() {
        assertInstanceOf(Lookup.Found.class, cache.find(KID));
    }

    @Test
    void foundVerifierChecksTokensOfThatKey() throws Exception {
        Lookup.Found found = assertInstanceOf(Lookup.Found.class, cache.find(KID));
        assertTrue(Tokens.parsed(Tokens.session()).jwt().verify(found.verifier()));
    }

    @Test
    void keysAreFetchedOnceForManyLookups() {
        for (int i = 0; i < 10; i++) {
            cache.find(KID);
        }
        assertEquals(1, hanko.calls());
    }

    @Test
    void unpublishedKidIsUnknown() {
        cache.find(KID);
        assertInstanceOf(Lookup.Unknown.class, cache.find("made-up"));
    }

    @Test
    void unpublishedKidOnFirstLookupIsUnknownAfterOneFetch() {
        assertInstanceOf(Lookup.Unknown.class, cache.find("made-up"));
        assertEquals(1, hanko.calls());
    }

    // --- unknown kid: rotation, rate limit

    @Test
    void firstUnknownKidAfterStartUpRefetchesAtOnce() {
        cache.find(KID);
        rotate();
        assertInstanceOf(Lookup.Found.class, cache.find(NEXT.getKeyID()));
        assertEquals(2, hanko.calls());
    }

    @Test
    void secondUnknownKidWithinThirtySecondsDoesNotRefetch() {
        cache.find(KID);
        cache.find("made-up-1");
        after(Duration.ofSeconds(29));
        cache.find("made-up-2");
        assertEquals(2, hanko.calls());
    }

    @Test
    void unknownKidRefetchesAgainThirtySecondsAfterTheLastRefetch() {
        cache.find(KID);
        cache.find("made-up-1");
        after(Duration.ofSeconds(30));
        cache.find("made-up-2");
        assertEquals(3, hanko.calls());
    }

    @Test
    void floodOfMadeUpKidsCausesAtMostOneFetchPerThirtySeconds() {
        cache.find(KID);
        for (int i = 0; i < 100; i++) {
            cache.find(UUID.randomUUID().toString());
        }
        assertEquals(2, hanko.calls());
    }

    @Test
    void keyRotatedInDuringTheQuietIntervalIsFoundOnceItEnds() {
        cache.find(KID);
        cache.find("made-up");
        rotate();
        after(Duration.ofSeconds(10));
        assertInstanceOf(Lookup.Unknown.class, cache.find(NEXT.getKeyID()));
        after(Duration.ofSeconds(20));
        assertInstanceOf(Lookup.Found.class, cache.find(NEXT.getKeyID()));
    }

    @Test
    void knownKidsAreServedWithoutFetchingDuringTheQuietInterval() {
        cache.find(KID);
        cache.find("made-up");
        after(Duration.ofSeconds(5));
        assertInstanceOf(Lookup.Found.class, cache.find(KID));
        assertEquals(2, hanko.calls());
    }

    @Test
    void keysStayFoundAfterARotation() {
        cache.find(KID);
        rotate();
        cache.find(NEXT.getKeyID());
        assertInstanceOf(Lookup.Found.class, cache.find(KID));
    }

    // --- age

    @Test
    void setYoungerThanTenMinutesIsNotRefetched() {
        cache.find(KID);
        after(Duration.ofMinutes(10).minusSeconds(1));
        cache.find(KID);
        assertEquals(1, hanko.calls());
    }

    @Test
    void setTenMinutesOldIsRefetchedOnUse() {
        cache.find(KID);
        after(Duration.ofMinutes(10));
        cache.find(KID);
        assertEquals(2, hanko.calls());
    }

    @Test
    void keyHankoWithdrewIsUnknownOnceTheSetIsTenMinutesOld() {
        cache.find(KID);
        hanko.serve(Tokens.jwks(Tokens.asHankoPublishes(NEXT)));
        after(Duration.ofMinutes(10));
        assertInstanceOf(Lookup.Unknown.class, cache.find(KID));
    }

    @Test
    void refreshedSetIsNotRefetchedAgainForTenMinutes() {
        cache.find(KID);
        after(Duration.ofMinutes(10));
        cache.find(KID);
        after(Duration.ofMinutes(9));
        cache.find(KID);
        assertEquals(2, hanko.calls());
    }

    // --- failures

    @Test
    void failedRefetchOfAnAgedSetKeepsTheLastGoodKeys() {
        cache.find(KID);
        hanko.fail();
        after(Duration.ofMinutes(10));
        assertInstanceOf(Lookup.Found.class, cache.find(KID));
        assertEquals(2, hanko.calls());
    }

    @Test
    void failedRefetchForAnUnknownKidKeepsTheLastGoodKeys() {
        cache.find(KID);
        hanko.fail();
        assertInstanceOf(Lookup.Unknown.class, cache.find("made-up"));
        assertInstanceOf(Lookup.Found.class, cache.find(KID));
    }

    @Test
    void failingRefetchesOfAnAgedSetAreRateLimitedToo() {
        cache.find(KID);
        hanko.fail();
        after(Duration.ofMinutes(10));
        for (int i = 0; i < 10; i++) {
            cache.find(KID);
        }
        assertEquals(2, hanko.calls());
    }

    @Test
    void unreadableDocumentKeepsTheLastGoodKeys() {
        cache.find(KID);
        hanko.serve("<html>Bad Gateway</html>");
        after(Duration.ofMinutes(10));
        assertInstanceOf(Lookup.Found.class, cache.find(KID));
    }

    @Test
    void noKeysWhileTheFirstFetchFails() {
        hanko.fail();
        assertInstanceOf(Lookup.NoKeys.class, cache.find(KID));
    }

    @Test
    void unreadableFirstDocumentMeansNoKeys() {
        hanko.serve("not json");
        assertInstanceOf(Lookup.NoKeys.class, cache.find(KID));
    }

    @Test
    void withoutKeysAFetchIsTriedAtMostOncePerSecond() {
        hanko.fail();
        cache.find(KID);
        after(Duration.ofMillis(999));
        cache.find(KID);
        cache.find("other");
        assertEquals(1, hanko.calls());
    }

    @Test
    void withoutKeysAFetchIsRetriedAfterOneSecond() {
        hanko.fail();
        cache.find(KID);
        after(Duration.ofSeconds(1));
        cache.find(KID);
        assertEquals(2, hanko.calls());
    }

    @Test
    void keysAreFoundOnceHankoAnswersAfterAnOutageSinceStartUp() {
        hanko.fail();
        cache.find(KID);
        hanko.serve(Tokens.publicJwks());
        after(Duration.ofSeconds(1));
        assertInstanceOf(Lookup.Found.class, cache.find(KID));
    }

    @Test
    void firstUnknownKidAfterAnOutageSinceStartUpStillRefetchesAtOnce() {
        hanko.fail();
        cache.find(KID);
        hanko.serve(Tokens.publicJwks());
        after(Duration.ofSeconds(1));
        cache.find(KID);
        rotate();
        assertInstanceOf(Lookup.Found.class, cache.find(NEXT.getKeyID()));
    }

    // --- which keys are kept

    private Lookup findIn(RSAKey published) {
        hanko.serve(Tokens.jwks(published));
        return cache.find(published.getKeyID());
    }

    @Test
    void keyWithoutUseOrAlgIsKept() {
        assertInstanceOf(Lookup.Found.class, findIn(Tokens.key()));
    }

    @Test
    void signatureKeyForRs256IsKept() {
        assertInstanceOf(Lookup.Found.class, findIn(Tokens.asHankoPublishes(Tokens.key())));
    }

    @Test
    void encryptionKeyIsIgnored() {
        assertInstanceOf(Lookup.Unknown.class,
                findIn(new RSAKey.Builder(Tokens.key().toPublicJWK()).keyUse(KeyUse.ENCRYPTION).build()));
    }

    @Test
    void keyForAnotherAlgorithmIsIgnored() {
        assertInstanceOf(Lookup.Unknown.class,
                findIn(new RSAKey.Builder(Tokens.key().toPublicJWK()).algorithm(JWSAlgorithm.RS512).build()));
    }

    @Test
    void rsaKeyBelow2048BitsIsIgnoredWithAWarning() {
        assertInstanceOf(Lookup.Unknown.class, findIn(Tokens.newKey("weak", 1024)));
        assertTrue(warnings().stream().anyMatch(m -> m.startsWith("HANKO-005") && m.contains("weak")), warnings()
                .toString());
    }

    @Test
    void nonRsaKeyIsIgnored() throws Exception {
        hanko.serve(Tokens.jwks(new ECKeyGenerator(Curve.P_256).keyID("ec").generate()));
        assertInstanceOf(Lookup.Unknown.class, cache.find("ec"));
    }

    @Test
    void usableKeysOfASetAreKeptBesideIgnoredOnes() {
        hanko.serve(Tokens.jwks(Tokens.newKey("weak", 1024), Tokens.asHankoPublishes(Tokens.key())));
        assertInstanceOf(Lookup.Found.class, cache.find(KID));
    }

    // --- logs

    @Test
    void failingFetchIsLoggedOnceAsHanko003NamingTheSource() {
        hanko.fail();
        cache.find(KID);
        after(Duration.ofSeconds(1));
        cache.find(KID);
        after(Duration.ofSeconds(1));
        cache.find(KID);
        assertEquals(3, hanko.calls());
        assertEquals(1, warnings().size(), warnings().toString());
        assertTrue(warnings().get(0).startsWith("HANKO-003") && warnings().get(0).contains(SOURCE), warnings().get(0));
    }

    @Test
    void hanko003SaysTheLastGoodKeysStayInUse() {
        cache.find(KID);
        hanko.fail();
        cache.find("made-up");
        assertTrue(warnings().get(0).contains("last good keys"), warnings().toString());
    }

    @Test
    void recoveryIsLoggedOnceAsHanko004() {
        hanko.fail();
        cache.find(KID);
        hanko.serve(Tokens.publicJwks());
        after(Duration.ofSeconds(1));
        cache.find(KID);
        cache.find("made-up");
        assertEquals(2, warnings().size(), warnings().toString());
        assertTrue(warnings().get(1).startsWith("HANKO-004"), warnings().get(1));
    }

    @Test
    void successfulFetchesLogNoWarning() {
        cache.find(KID);
        rotate();
        cache.find(NEXT.getKeyID());
        assertEquals(List.of(), warnings());
    }
}
