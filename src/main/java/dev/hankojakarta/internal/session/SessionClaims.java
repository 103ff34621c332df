package dev.hankojakarta.internal.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hankojakarta.HankoEmail;
import dev.hankojakarta.HankoPrincipal;

/**
 * The claims of a valid Hanko session, keyed by their names in the session JWT ({@code sub}, {@code exp},
 * {@code session_id}, {@code email}, custom template claims, ...), whichever way they were learnt: from Hanko's
 * {@code /sessions/validate} answer (which renames the registered claims) or from a locally verified token.
 *
 * <p>Values are plain Java: {@code String}, {@code Boolean}, {@code Long} or {@code Double}, {@code List} and
 * {@code Map}; time claims are epoch seconds, as in the JWT.
 */
public final class SessionClaims {

    /** Names Hanko's validate answer uses for registered claims, and the JWT names they stand for. */
    private static final Map<String, String> ANSWER_TO_JWT = Map.of(
            "subject", "sub",
            "expiration", "exp",
            "issued_at", "iat",
            "audience", "aud",
            "issuer", "iss");
    private static final List<String> TIME_CLAIMS = List.of("expiration", "issued_at");

    private final Map<String, Object> all;
    private final String subject;
    private final String sessionId;
    private final Instant expiration;
    // The typed claims are read once, here: a claim of the wrong type is refused now rather than when the
    // application reads it, and a cached answer hands them out on every request without converting them again.
    private final Optional<Instant> issuedAt;
    private final List<String> audience;
    private final Optional<String> issuer;
    private final Optional<HankoEmail> email;
    private final Optional<String> username;
    private final List<String> amr;

    private SessionClaims(Map<String, Object> all) {
        this.all = Collections.unmodifiableMap(all);
        this.subject = requiredString("sub");
        this.sessionId = requiredString("session_id");
        this.expiration = time("exp").orElseThrow(() -> new IllegalArgumentException("claim exp is missing"));
        this.issuedAt = time("iat");
        this.audience = readAudience();
        this.issuer = optionalString("iss");
        this.email = readEmail();
        this.username = optionalString("username");
        Object amrClaim = all.get("amr");
        this.amr = amrClaim == null ? List.of() : stringList("amr", amrClaim);
    }

    /**
     * Claims named as in the JWT.
     *
     * @throws IllegalArgumentException when {@code sub}, {@code session_id} or {@code exp} is missing, or a known
     *                                  claim has the wrong type; the message names the claim, never its value
     */
    public static SessionClaims fromJwt(Map<String, Object> jwtClaims) {
        Map<String, Object> claims = new LinkedHashMap<>();
        jwtClaims.forEach((name, value) -> claims.put(name, plain(value)));
        return new SessionClaims(claims);
    }

    /**
     * The {@code claims} object of Hanko's validate answer: {@code subject}, {@code expiration} (RFC 3339), ...
     * become {@code sub}, {@code exp} (epoch seconds), ...; custom claims keep their names.
     *
     * @throws IllegalArgumentException as {@link #fromJwt(Map)}
     */
    public static SessionClaims fromHankoAnswer(Map<String, Object> answerClaims) {
        Map<String, Object> jwt = new LinkedHashMap<>();
        answerClaims.forEach((name, raw) -> {
            Object value = plain(raw);
            if (ANSWER_TO_JWT.containsKey(name)) {
                if (TIME_CLAIMS.contains(name) && value != null) {
                    value = epochSeconds(name, value);
                }
                jwt.put(ANSWER_TO_JWT.get(name), value);
            } else {
                jwt.put(name, value);
            }
        });
        return new SessionClaims(jwt);
    }

    /**
     * JSON-B maps numbers to BigDecimal, a JWT library times to Date; make them Long or Double and epoch seconds, so
     * that claims look the same whichever way they were learnt.
     */
    private static Object plain(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().getEpochSecond();
        }
        if (value instanceof java.math.BigDecimal n) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                return n.doubleValue();
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list.stream().map(SessionClaims::plain)
                    .collect(java.util.stream.Collectors.toList()));
        }
        return value;
    }

    private static Long epochSeconds(String name, Object value) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("claim " + name + " is not an RFC 3339 time");
        }
        try {
            return OffsetDateTime.parse(text).toInstant().getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("claim " + name + " is not an RFC 3339 time");
        }
    }

    /** The caller these claims describe, with the session's idle expiry when Hanko told it. */
    public HankoPrincipal principal(Optional<Instant> idleExpiresAt) {
        return HankoPrincipal.builder(subject, sessionId, expiration).email(email.orElse(null))
                .username(username.orElse(null)).amr(amr).idleExpiresAt(idleExpiresAt.orElse(null))
                .issuedAt(issuedAt.orElse(null)).audience(audience).issuer(issuer.orElse(null)).claims(all).build();
    }

    public String subject() {
        return subject;
    }

    public String sessionId() {
        return sessionId;
    }

    public Instant expiration() {
        return expiration;
    }

    public Optional<Instant> issuedAt() {
        return issuedAt;
    }

    /** {@code aud}; Hanko always sends an array, a single string is accepted too. */
    public List<String> audience() {
        return audience;
    }

    public Optional<String> issuer() {
        return issuer;
    }

    public Optional<HankoEmail> email() {
        return email;
    }

    public Optional<String> username() {
        return username;
    }

    /** Authentication methods of the login that created the session ({@code passkey}, {@code pwd}, ...). */
    public List<String> amr() {
        return amr;
    }

    private List<String> readAudience() {
        Object aud = all.get("aud");
        if (aud == null) {
            return List.of();
        }
        if (aud instanceof String s) {
            return List.of(s);
        }
        return stringList("aud", aud);
    }

    private Optional<HankoEmail> readEmail() {
        Object claim = all.get("email");
        if (claim == null) {
            return Optional.empty();
        }
        if (!(claim instanceof Map<?, ?> map) || !(map.get("address") instanceof String address)) {
            throw new IllegalArgumentException("claim email is not an object with an address");
        }
        return Optional.of(new HankoEmail(address, Boolean.TRUE.equals(map.get("is_primary")),
                Boolean.TRUE.equals(map.get("is_verified"))));
    }

    /** Every claim, custom ones included, by its JWT name. */
    public Map<String, Object> asMap() {
        return all;
    }

    private String requiredString(String name) {
        return optionalString(name).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("claim " + name + " is missing"));
    }

    private Optional<String> optionalString(String name) {
        Object value = all.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("claim " + name + " is not a string");
        }
        return Optional.of(s);
    }

    private Optional<Instant> time(String name) {
        Object value = all.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(Instant.ofEpochSecond(n.longValue()));
        }
        if (value instanceof java.util.Date d) {
            return Optional.of(d.toInstant());
        }
        throw new IllegalArgumentException("claim " + name + " is not a NumericDate");
    }

    private static List<String> stringList(String name, Object value) {
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException("claim " + name + " is not an array of strings");
    }
}
