package org.gongjian.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request came from, as sign-in counts it. Behind a reverse proxy every request
 * comes from the proxy, so the proxy's {@code Forwarded} or {@code X-Forwarded-For} header is
 * read, but only when the request comes from an address listed in
 * {@code GONGJIAN_TRUSTED_PROXIES} (addresses or CIDR ranges, separated by commas or spaces):
 * anyone else could write any address there. The chain is read from the nearest hop back, and the
 * first address that is not a trusted proxy is the client.
 */
@ApplicationScoped
public class ClientAddress {

    static final String VARIABLE = "GONGJIAN_TRUSTED_PROXIES";
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> trusted;

    public ClientAddress() {
        this(System.getenv(VARIABLE));
    }

    ClientAddress(String setting) {
        List<Range> ranges = new ArrayList<>();
        if (setting != null) {
            for (String entry : setting.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    ranges.add(Range.parse(entry));
                }
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /** A wrong setting stops the portal at start-up, naming the entry, rather than at the first sign-in. */
    void checkSettingAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing the event is enough: it makes the container build this bean, which reads the setting
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("Forwarded")),
                Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String of(String remote, List<String> forwarded, List<String> forwardedFor) {
        if (!isTrusted(remote)) {
            return remote;
        }
        List<String> chain = forwarded.isEmpty() ? forwardedForChain(forwardedFor) : forwardedChain(forwarded);
        String client = remote;
        for (int hop = chain.size() - 1; hop >= 0; hop--) {
            String address = chain.get(hop);
            if (address == null) {
                return client;
            }
            client = address;
            if (!isTrusted(address)) {
                return address;
            }
        }
        return client;
    }

    /** Whether the visitor reached the portal over HTTPS: seen on the connection, or said by a trusted proxy. */
    public boolean servedOverHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null && isTrusted(request.getRemoteAddr()) && "https".equalsIgnoreCase(proto.split(",")[0].trim());
    }

    private boolean isTrusted(String address) {
        byte[] bytes = bytesOf(address);
        return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    private static List<String> forwardedForChain(List<String> headers) {
        List<String> chain = new ArrayList<>();
        headers.forEach(header -> {
            for (String part : header.split(",")) {
                chain.add(normalised(part.trim()));
            }
        });
        return chain;
    }

    /** RFC 7239: {@code for=192.0.2.60;proto=https, for="[2001:db8::17]:4711"}. */
    private static List<String> forwardedChain(List<String> headers) {
        List<String> chain = new ArrayList<>();
        headers.forEach(header -> {
            for (String element : header.split(",")) {
                String found = null;
                for (String pair : element.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase("for")) {
                        found = pair.substring(equals + 1).trim().replace("\"", "");
                    }
                }
                chain.add(normalised(found));
            }
        });
        return chain;
    }

    /** The bare address of a hop without brackets or port; null for "unknown", an obfuscated name or garbage. */
    static String normalised(String hop) {
        if (hop == null || hop.isEmpty()) {
            return null;
        }
        String address = hop;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            address = close < 0 ? "" : address.substring(1, close);
        } else if (address.indexOf(':') == address.lastIndexOf(':') && address.contains(":")) {
            address = address.substring(0, address.indexOf(':'));
        }
        byte[] bytes = bytesOf(address);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The bytes of an address literal; never a name look-up. */
    private static byte[] bytesOf(String literal) {
        if (literal == null || !LITERAL.matcher(literal).matches() || (!literal.contains(":") && literal.split("\\.", -1).length != 4)) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address with a prefix length: {@code 10.0.0.0/8}, {@code fd00::/8}, or one address. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            String[] parts = entry.trim().split("/", -1);
            byte[] network = bytesOf(parts[0]);
            int prefix;
            try {
                prefix = parts.length == 1 && network != null ? network.length * 8 : Integer.parseInt(parts[1]);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                prefix = -1;
            }
            if (network == null || parts.length > 2 || prefix < 0 || prefix > network.length * 8) {
                throw new IllegalStateException(VARIABLE + ": \"" + entry.trim()
                        + "\" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)");
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
