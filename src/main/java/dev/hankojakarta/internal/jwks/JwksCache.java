package dev.hankojakarta.internal.jwks;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

/**
 * Hanko's signing keys, fetched from its JWKS and kept as ready-to-use verifiers by {@code kid}.
 *
 * <ul>
 * <li>An unknown {@code kid} (Hanko rotated its key) refetches the set, at most once per
 * {@link #UNKNOWN_KID_REFETCH_INTERVAL}, so that a flood of tokens with made-up {@code kid}s cannot turn into a flood of
 * requests to Hanko. The first unknown {@code kid} after start-up refetches at once: a rotation shortly after
 * deployment does not cost half a minute of refusals.</li>
 * <li>A set older than {@link #MAX_AGE} (Hanko's {@code Cache-Control: max-age=600}) is refetched on use, so that a
 * key Hanko withdrew stops being accepted.</li>
 * <li>A failed refetch keeps the last good set: an outage of Hanko's JWKS does not stop local checks.</li>
 * <li>While no set was ever fetched (Hanko down since start-up), a fetch is tried at most once per
 * {@link #RETRY_WITHOUT_KEYS}.</li>
 * </ul>
 * Only RSA signature keys of at least 2048 bits are kept. Keys are looked up by {@code kid} only; {@code jku},
 * {@code x5u} and embedded {@code jwk} headers are never followed.
 */
public final class JwksCache {

    /** Minimum time between two fetches caused by an unknown {@code kid}. */
    public static final Duration UNKNOWN_KID_REFETCH_INTERVAL = Duration.ofSeconds(30);
    /** Minimum time between two fetches while no key set is known at all. */
    public static final Duration RETRY_WITHOUT_KEYS = Duration.ofSeconds(1);
    /** Age after which a key set is refetched on use; Hanko serves its JWKS with {@code max-age=600}. */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);
    /** Smallest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    private static final Logger LOG = Logger.getLogger(JwksCache.class.getName());

    /** What looking up a {@code kid} found. */
    public sealed interface Lookup {
        record Found(JWSVerifier verifier) implements Lookup {
        }

        /** Hanko does not publish a key with this {@code kid}. */
        record Unknown() implements Lookup {
        }

        /** No key set could be fetched yet. */
        record NoKeys() implements Lookup {
        }
    }

    private record Snapshot(Map<String, JWSVerifier> verifiers, Instant fetchedAt) {
    }

    private final Supplier<String> fetcher;
    private final Clock clock;
    private final String source;
    private volatile Snapshot snapshot;
    /** Last fetch of any kind, and last fetch caused by an unknown kid or an aged set; guarded by this. */
    private Instant lastAttempt = Instant.MIN;
    private Instant lastRefetch = Instant.MIN;
    private boolean failing;

    /**
     * @param fetcher returns the JWKS document, or throws a RuntimeException when it cannot
     * @param source  where the keys come from, for log messages
     */
    public JwksCache(Supplier<String> fetcher, Clock clock, String source) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.source = source;
    }

    /** The reason {@link #unverified} gives when no key set could be fetched yet. */
    public static final String NO_KEYS = "Hanko's signing keys cannot be fetched";

    /**
     * Why {@code jwt} is not signed with one of Hanko's published keys, or null when it is: a header that names a key
     * of its own ({@code jku}, {@code jwk}, {@code x5u}, {@code x5c}; Hanko never does) or critical parameters, no
     * {@code kid}, a key Hanko does not publish, a wrong signature; {@link #NO_KEYS} when nothing can be checked.
     * The reasons quote nothing of the token.
     */
    public String unverified(SignedJWT jwt) {
        JWSHeader header = jwt.getHeader();
        if (header.getJWKURL() != null || header.getJWK() != null || header.getX509CertURL() != null
                || header.getX509CertChain() != null) {
            return "header names its own key (jku, jwk, x5u or x5c); Hanko never does";
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            return "header has critical parameters";
        }
        if (header.getKeyID() == null) {
            return "header has no kid";
        }
        Lookup lookup = find(header.getKeyID());
        if (lookup instanceof Lookup.NoKeys) {
            return NO_KEYS;
        }
        if (!(lookup instanceof Lookup.Found found)) {
            return "signed with a key Hanko does not publish";
        }
        try {
            return jwt.verify(found.verifier()) ? null : "bad signature";
        } catch (JOSEException | IllegalStateException e) {
            return "signature cannot be verified";
        }
    }

    public Lookup find(String kid) {
        Snapshot current = snapshot;
        if (current != null) {
            JWSVerifier verifier = current.verifiers().get(kid);
            if (verifier != null) {
                if (isStale(current)) {
                    refetch();
                    JWSVerifier fresh = snapshot.verifiers().get(kid);
                    return fresh != null ? new Lookup.Found(fresh) : new Lookup.Unknown();
                }
                return new Lookup.Found(verifier);
            }
            refetch();
        } else {
            fetchFirst();
        }
        current = snapshot;
        if (current == null) {
            return new Lookup.NoKeys();
        }
        JWSVerifier verifier = current.verifiers().get(kid);
        return verifier != null ? new Lookup.Found(verifier) : new Lookup.Unknown();
    }

    private boolean isStale(Snapshot s) {
        return !clock.instant().isBefore(s.fetchedAt().plus(MAX_AGE));
    }

    /** Refetches a known set, at most once per {@link #UNKNOWN_KID_REFETCH_INTERVAL}. */
    private synchronized void refetch() {
        Instant now = clock.instant();
        if (lastRefetch != Instant.MIN && now.isBefore(lastRefetch.plus(UNKNOWN_KID_REFETCH_INTERVAL))) {
            return;
        }
        lastRefetch = now;
        fetch(now);
    }

    /** Fetches the first set, at most once per {@link #RETRY_WITHOUT_KEYS}. */
    private synchronized void fetchFirst() {
        Instant now = clock.instant();
        if (snapshot != null || (lastAttempt != Instant.MIN && now.isBefore(lastAttempt.plus(RETRY_WITHOUT_KEYS)))) {
            return;
        }
        fetch(now);
    }

    /** One fetch; the caller holds the lock, so there is one fetch at a time. */
    private void fetch(Instant now) {
        lastAttempt = now;
        try {
            snapshot = new Snapshot(verifiers(JWKSet.parse(fetcher.get())), now);
            if (failing) {
                failing = false;
                LOG.log(Level.WARNING, () -> "HANKO-004 Hanko's signing keys at " + source + " can be fetched again.");
            }
        } catch (ParseException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, () -> "HANKO-003 Cannot fetch Hanko's signing keys from " + source + " ("
                        + e.getClass().getSimpleName() + "); "
                        + (snapshot != null ? "the last good keys stay in use." : "local checks cannot decide yet."));
            }
        }
    }

    private Map<String, JWSVerifier> verifiers(JWKSet set) {
        Map<String, JWSVerifier> verifiers = new HashMap<>();
        for (JWK key : set.getKeys()) {
            if (!(key instanceof RSAKey rsa) || key.getKeyID() == null
                    || (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse()))
                    || (key.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(key.getAlgorithm()))) {
                continue;
            }
            if (rsa.size() < MIN_RSA_BITS) {
                LOG.warning(() -> "HANKO-005 Ignoring Hanko key " + key.getKeyID() + ": RSA " + rsa.size()
                        + " bits is below " + MIN_RSA_BITS + ".");
                continue;
            }
            try {
                verifiers.put(key.getKeyID(), new RSASSAVerifier(rsa));
            } catch (JOSEException e) {
                LOG.warning(() -> "HANKO-005 Ignoring unusable Hanko key " + key.getKeyID() + ".");
            }
        }
        return Collections.unmodifiableMap(verifiers);
    }
}
