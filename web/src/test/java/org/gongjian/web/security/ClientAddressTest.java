package org.gongjian.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress("10.0.0.5, 172.16.0.0/12 fd00::/8");

    @Test
    void withoutTrustedProxiesTheForwardedHeadersAreIgnored() {
        ClientAddress direct = new ClientAddress(null);
        assertEquals("10.0.0.5", direct.of("10.0.0.5", List.of("for=198.51.100.7"), List.of("198.51.100.7")));
    }

    @Test
    void aVisitorCannotChooseTheirAddressByWritingTheHeader() {
        assertEquals("203.0.113.9", behindProxy.of("203.0.113.9", List.of(), List.of("198.51.100.7")));
    }

    @Test
    void behindATrustedProxyTheForwardedClientCounts() {
        assertEquals("198.51.100.7", behindProxy.of("10.0.0.5", List.of(), List.of("198.51.100.7")));
        assertEquals("198.51.100.8", behindProxy.of("10.0.0.5", List.of(), List.of("198.51.100.8")));
    }

    @Test
    void theChainIsReadFromTheNearestHopAndStopsAtTheFirstUntrustedAddress() {
        assertEquals("198.51.100.7", behindProxy.of("10.0.0.5", List.of(), List.of("192.0.2.1, 198.51.100.7, 172.16.3.4")));
        assertEquals("198.51.100.7", behindProxy.of("10.0.0.5", List.of(), List.of("192.0.2.1", "198.51.100.7, 172.16.3.4")));
    }

    @Test
    void rfc7239ForwardedIsPreferredWithQuotesPortsAndIpv6() {
        assertEquals("2001:db8:cafe:0:0:0:0:17", behindProxy.of("fd00::1",
                List.of("for=192.0.2.43, for=\"[2001:db8:cafe::17]:4711\";proto=https"), List.of("198.51.100.7")));
        assertEquals("192.0.2.60", behindProxy.of("10.0.0.5", List.of("for=192.0.2.60:8080;by=10.0.0.5"), List.of()));
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkAtTheLastTrustedProxy() {
        assertEquals("172.16.3.4", behindProxy.of("10.0.0.5", List.of(), List.of("198.51.100.7, evil.example, 172.16.3.4")));
        assertEquals("10.0.0.5", behindProxy.of("10.0.0.5", List.of("for=unknown"), List.of()));
    }

    @Test
    void aWrongSettingIsRefusedNamingTheEntry() {
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> new ClientAddress("10.0.0.0/33"));
        assertTrue(wrong.getMessage().contains("GONGJIAN_TRUSTED_PROXIES") && wrong.getMessage().contains("10.0.0.0/33"));
        assertThrows(IllegalStateException.class, () -> new ClientAddress("proxy.example"));
    }

    @Test
    void httpsIsBelievedFromATrustedProxyOrSeenOnTheConnection() {
        assertTrue(behindProxy.servedOverHttps(request(false, "10.0.0.5", "https")));
        assertTrue(behindProxy.servedOverHttps(request(false, "172.16.3.4", "HTTPS, http")));
        assertFalse(behindProxy.servedOverHttps(request(false, "10.0.0.5", "http")));
        assertFalse(behindProxy.servedOverHttps(request(false, "203.0.113.9", "https")), "anyone can write the header");
        assertFalse(behindProxy.servedOverHttps(request(false, "10.0.0.5", null)));
        assertFalse(new ClientAddress(null).servedOverHttps(request(false, "127.0.0.1", "https")), "nobody is trusted unless configured");
        assertTrue(behindProxy.servedOverHttps(request(true, "203.0.113.9", null)));
    }

    private static HttpServletRequest request(boolean secure, String remote, String forwardedProto) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("isSecure", secure);
        answers.put("getRemoteAddr", remote);
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getHeader")) {
                        return "X-Forwarded-Proto".equalsIgnoreCase((String) arguments[0]) ? forwardedProto : null;
                    }
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answers.get(method.getName());
                });
    }
}
