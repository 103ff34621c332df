package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import dev.hankojakarta.internal.mechanism.TokenExtractorInvariants.Presented;
import dev.hankojakarta.testing.Gen;
import dev.hankojakarta.testing.Mutations;
import dev.hankojakarta.testing.Seeded;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Token extraction (README: "Where the token comes from") on arbitrary headers and cookies: it never throws, returns at most three candidates,
 * takes them from the Bearer header or the configured cookie only, never from a query or form parameter (which
 * {@link FakeRequest} always carries). Seeded.
 */
class TokenExtractorPropertiesTest {

    private static final String TOKEN = Tokens.session();
    private static final List<String> COOKIE_NAMES = List.of("hanko", "Hanko", "hanko_session", "__Host-hanko", "other",
            "hanko2", "session");

    /** The configured cookie name and a request. */
    private record Input(String cookieName, Presented presented) {
        /** Each part on its own, so that one holding the token's signature does not hide the others. */
        @Override
        public String toString() {
            return "cookie name " + Seeded.describe(cookieName)
                    + ", Authorization " + Seeded.describe(presented.authorization())
                    + ", cookies " + presented.cookies().stream()
                            .map(c -> Seeded.describe(c.name()) + "=" + Seeded.describe(c.value()))
                            .collect(Collectors.joining(", ", "[", "]"))
                    + ", Cookie headers " + presented.cookieHeaders().stream().map(Seeded::describe)
                            .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    @Test
    void sameNamedCookiesInTheHeaderAreAllTried() {
        Presented presented = new Presented(null, List.of(new Presented.Cookie("hanko", "a.b.c")),
                List.of("hanko=a.b.c; other=x; hanko=\"d.e.f\"", "hanko=g.h.i; hanko=j.k.l"));
        assertEquals(List.of("a.b.c", "d.e.f", "g.h.i"), TokenExtractorInvariants.check("hanko", presented));
    }

    @Test
    void candidatesComeFromTheBearerHeaderOrTheCookieOnly() {
        Gen<String> cookieNames = Gen.frequency(Gen.weighted(4, Gen.just("hanko")),
                Gen.weighted(1, Gen.of(COOKIE_NAMES)));
        Gen<Presented> requests = requests();
        Gen<Input> inputs = random -> new Input(cookieNames.next(random), requests.next(random));
        Seeded.check(Seeded.SEED, 1000, inputs,
                input -> TokenExtractorInvariants.check(input.cookieName(), input.presented()));
    }

    private static Gen<Presented> requests() {
        Gen<String> authorizations = authorizations();
        Gen<List<Presented.Cookie>> cookies = cookies().list(0, 6);
        Gen<List<String>> cookieHeaders = cookieHeaders().list(0, 3);
        return random -> new Presented(authorizations.next(random), cookies.next(random), cookieHeaders.next(random));
    }

    private static Gen<String> values() {
        return Gen.frequency(
                Gen.weighted(2, Gen.just(TOKEN)),
                Gen.weighted(2, Mutations.textual(TOKEN, "\"", ";", "=", " ", ",")),
                Gen.weighted(2, Gen.strings(40)),
                Gen.weighted(1, Gen.strings("ab.=; \"\t,", 20)),
                Gen.weighted(1, Gen.of("", " ", "\"\"", "\"", "a.b.c", FakeRequest.PARAMETER_TOKEN)));
    }

    private static Gen<String> authorizations() {
        Gen<String> scheme = Gen.of("Bearer", "bearer", "BEARER", "bEaReR", "Bearer ", " Bearer", "Bearerx", "Basic",
                "Bearer\t", "Bearer,", "");
        Gen<String> spaces = Gen.strings(" \t", 3);
        Gen<String> values = values();
        return Gen.frequency(
                Gen.weighted(2, Gen.just(null)),
                Gen.weighted(4, random -> scheme.next(random) + spaces.next(random) + values.next(random)),
                Gen.weighted(1, Gen.strings(60)));
    }

    private static Gen<Presented.Cookie> cookies() {
        Gen<String> names = Gen.of(COOKIE_NAMES);
        Gen<String> values = Gen.frequency(Gen.weighted(1, Gen.just(null)), Gen.weighted(8, values()));
        return random -> new Presented.Cookie(names.next(random), values.next(random));
    }

    /** {@code Cookie} headers: name=value pairs of several names, with odd spacing, quotes and separators. */
    private static Gen<String> cookieHeaders() {
        Gen<String> names = Gen.oneOf(Gen.of(COOKIE_NAMES), Gen.of(" hanko", "hanko ", "HANKO", "", "hanko\t"));
        Gen<String> equals = Gen.of("=", " = ", "=\"", "==");
        Gen<String> values = values();
        Gen<String> ends = Gen.of("", "\"", " ");
        Gen<String> pair = Gen.frequency(
                Gen.weighted(6, random -> names.next(random) + equals.next(random) + values.next(random)
                        + ends.next(random)),
                Gen.weighted(1, Gen.strings(20)));
        Gen<String> separator = Gen.of(";", "; ", " ;", ";;", ",", "; ;");
        Gen<String> joined = pair.list(0, 6).flatMap(pairs -> separator.map(s -> String.join(s, pairs)));
        return Gen.frequency(Gen.weighted(1, Gen.just(null)), Gen.weighted(10, joined));
    }
}
