package org.gongjian.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request was sent by a page of the portal itself, as far as the browser tells:
 * {@code Origin}, when present, must be the portal's own (the address the request came to, or
 * {@code GONGJIAN_PUBLIC_URL}'s), and {@code Sec-Fetch-Site}, when present, {@code same-origin} or
 * {@code none}. Another port or subdomain of the same host is another origin.
 */
public final class Origins {

    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");
    private static final String PUBLIC_ORIGIN = originOf(System.getenv("GONGJIAN_PUBLIC_URL"));

    private Origins() {
    }

    /** True when the browser says the request comes from another site or origin. */
    public static boolean isForeign(HttpServletRequest request) {
        return isForeign(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), ownOrigin(request), PUBLIC_ORIGIN);
    }

    static boolean isForeign(String origin, String fetchSite, String own, String published) {
        if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        String given = originOf(origin);
        return given == null || !(given.equals(own) || given.equals(published));
    }

    static String ownOrigin(HttpServletRequest request) {
        return originOf(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** scheme://host[:port] in lower case, without the scheme's default port; null when it is not an http(s) address. */
    static String originOf(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(address.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
