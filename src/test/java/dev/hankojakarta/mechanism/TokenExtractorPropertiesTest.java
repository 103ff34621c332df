package dev.hankojakarta.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.hankojakarta.mechanism.TokenExtractorInvariants.Presented;
import dev.hankojakarta.testing.Mutations;
import dev.hankojakarta.testing.Tokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Token extraction (CONTRACT §3) on arbitrary headers and cookies: it never throws, returns at most three candidates,
 * takes them from the Bearer header or the configured cookie only, never from a query or form parameter (which
 * {@link FakeRequest} always carries). Seeded.
 */
class TokenExtractorPropertiesTest {

    private static final String SEED = "20261127";
    private static final String TOKEN = Tokens.session();
    private static final List<String> COOKIE_NAMES = List.of("hanko", "Hanko", "hanko_session", "__Host-hanko", "other",
            "hanko2", "session");

    @Example
    void sameNamedCookiesInTheHeaderAreAllTried() {
        Presented presented = new Presented(null, List.of(new Presented.Cookie("hanko", "a.b.c")),
                List.of("hanko=a.b.c; other=x; hanko=\"d.e.f\"", "hanko=g.h.i; hanko=j.k.l"));
        assertEquals(List.of("a.b.c", "d.e.f", "g.h.i"), TokenExtractorInvariants.check("hanko", presented));
    }

    @Property(seed = SEED, tries = 1000)
    void candidatesComeFromTheBearerHeaderOrTheCookieOnly(@ForAll("cookieNames") String cookieName,
            @ForAll("requests") Presented presented) {
        TokenExtractorInvariants.check(cookieName, presented);
    }

    @Provide
    Arbitrary<String> cookieNames() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("hanko")), Tuple.of(1, Arbitraries.of(COOKIE_NAMES)));
    }

    @Provide
    Arbitrary<Presented> requests() {
        return Combinators.combine(authorizations(), cookies().list().ofMaxSize(6),
                cookieHeaders().list().ofMaxSize(3)).as(Presented::new);
    }

    private static Arbitrary<String> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(TOKEN)),
                Tuple.of(2, Mutations.textual(TOKEN, "\"", ";", "=", " ", ",")),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withChars("ab.=; \"\t,").ofMaxLength(20)),
                Tuple.of(1, Arbitraries.of("", " ", "\"\"", "\"", "a.b.c", FakeRequest.PARAMETER_TOKEN)));
    }

    private static Arbitrary<String> authorizations() {
        Arbitrary<String> scheme = Arbitraries.of("Bearer", "bearer", "BEARER", "bEaReR", "Bearer ", " Bearer",
                "Bearerx", "Basic", "Bearer\t", "Bearer,", "");
        Arbitrary<String> spaces = Arbitraries.strings().withChars(" \t").ofMaxLength(3);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(null)),
                Tuple.of(4, Combinators.combine(scheme, spaces, values()).as((s, sp, v) -> s + sp + v)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)));
    }

    private static Arbitrary<Presented.Cookie> cookies() {
        Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)), Tuple.of(8, values()));
        return Combinators.combine(Arbitraries.of(COOKIE_NAMES), value).as(Presented.Cookie::new);
    }

    /** {@code Cookie} headers: name=value pairs of several names, with odd spacing, quotes and separators. */
    private static Arbitrary<String> cookieHeaders() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(COOKIE_NAMES),
                Arbitraries.of(" hanko", "hanko ", "HANKO", "", "hanko\t"));
        Arbitrary<String> pair = Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(name, Arbitraries.of("=", " = ", "=\"", "=="), values(),
                        Arbitraries.of("", "\"", " ")).as((n, eq, v, end) -> n + eq + v + end)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)));
        Arbitrary<String> separator = Arbitraries.of(";", "; ", " ;", ";;", ",", "; ;");
        Arbitrary<String> joined = pair.list().ofMaxSize(6).flatMap(pairs -> separator.map(s -> String.join(s, pairs)));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)), Tuple.of(10, joined));
    }
}
