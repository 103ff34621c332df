package dev.hankojakarta.internal.mechanism;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses cross-origin state-changing requests whose token the browser attached by itself: the cookie. A page on
 * another site can make the browser send a {@code POST} with the user's {@code hanko} cookie ({@code SameSite=Lax}
 * stops that only across sites, not across origins of one site, and not for top-level form posts in every browser);
 * it cannot make it send an {@code Authorization} header. The rule is that of Go 1.25's
 * {@code CrossOriginProtection}: safe methods ({@code GET}, {@code HEAD}, {@code OPTIONS}) always pass; otherwise
 * {@code Sec-Fetch-Site} decides when the browser sends it ({@code same-origin} or {@code none} pass), and without it
 * an {@code Origin} that is not the request's own host; requests with neither header (not from a browser, or from
 * one too old to send them) pass. Origins in {@code hanko.trusted-origins} pass.
 */
final class CrossOriginCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean enabled;
    private final Set<String> trustedOrigins;

    CrossOriginCheck(boolean enabled, Set<String> trustedOrigins) {
        this.enabled = enabled;
        this.trustedOrigins = trustedOrigins;
    }

    /** Whether requests with this method are checked at all: the cheap test, before any header is read. */
    boolean guards(String method) {
        return enabled && method != null && !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether to refuse the request.
     *
     * @param method        the HTTP method
     * @param fromCookie    whether the request's token came from the cookie
     * @param secFetchSite  the {@code Sec-Fetch-Site} header, or null
     * @param origin        the {@code Origin} header, or null
     * @param host          the {@code Host} header, or null
     */
    boolean refuses(String method, boolean fromCookie, String secFetchSite, String origin, String host) {
        if (!guards(method) || !fromCookie) {
            return false;
        }
        if (origin != null && trustedOrigins.contains(origin)) {
            return false;
        }
        if (secFetchSite != null) {
            String site = secFetchSite.trim().toLowerCase(Locale.ROOT);
            return !(site.equals("same-origin") || site.equals("none"));
        }
        if (origin == null) {
            return false;
        }
        return host == null || !host.equalsIgnoreCase(hostOf(origin));
    }

    /** {@code host[:port]} of an origin; null when it is not one ({@code null} as browsers send it for opaque origins). */
    private static String hostOf(String origin) {
        try {
            return URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
