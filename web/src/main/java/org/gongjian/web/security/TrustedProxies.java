package org.gongjian.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarding headers are believed: {@code GONGJIAN_TRUSTED_PROXIES},
 * addresses or CIDR ranges separated by commas or spaces. A request from anywhere else is taken
 * as it arrived, whatever its headers claim.
 */
final class TrustedProxies {

    static final String VARIABLE = "GONGJIAN_TRUSTED_PROXIES";
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> ranges;

    TrustedProxies(String setting) {
        List<Range> parsed = new ArrayList<>();
        if (setting != null) {
            for (String entry : setting.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    parsed.add(Range.parse(entry));
                }
            }
        }
        this.ranges = List.copyOf(parsed);
    }

    static TrustedProxies fromEnvironment() {
        return new TrustedProxies(System.getenv(VARIABLE));
    }

    boolean trusts(String address) {
        byte[] bytes = bytesOf(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** Whether the visitor reached the portal over HTTPS: directly, or through a trusted proxy that says so. */
    boolean servedOverHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null && trusts(request.getRemoteAddr())
                && "https".equalsIgnoreCase(proto.split(",")[0].trim());
    }

    /** The bytes of an address literal; never a name look-up. */
    private static byte[] bytesOf(String literal) {
        if (literal == null || !LITERAL.matcher(literal).matches()
                || (!literal.contains(":") && literal.split("\\.", -1).length != 4)) {
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
            int prefix = -1;
            if (network != null && parts.length == 1) {
                prefix = network.length * 8;
            } else if (network != null && parts.length == 2 && parts[1].matches("\\d{1,3}")) {
                prefix = Integer.parseInt(parts[1]);
            }
            if (network == null || prefix < 0 || prefix > network.length * 8) {
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
