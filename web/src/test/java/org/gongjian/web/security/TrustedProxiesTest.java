package org.gongjian.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, 192.0.2.7 fd00::/8");

    @Test
    void trustsListedAddressesAndRangesOnly() {
        assertTrue(proxies.trusts("10.1.2.3"));
        assertTrue(proxies.trusts("192.0.2.7"));
        assertTrue(proxies.trusts("fd00::1"));
        assertFalse(proxies.trusts("192.0.2.8"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertFalse(proxies.trusts("fe80::1"));
        assertFalse(proxies.trusts("proxy.example.org"), "names are never looked up");
        assertFalse(new TrustedProxies(null).trusts("127.0.0.1"), "nobody is trusted unless configured");
    }

    @Test
    void httpsIsBelievedFromATrustedProxyOrSeenOnTheConnection() {
        assertTrue(proxies.servedOverHttps(request(false, "10.0.0.5", "https")));
        assertTrue(proxies.servedOverHttps(request(false, "10.0.0.5", "HTTPS, http")));
        assertFalse(proxies.servedOverHttps(request(false, "10.0.0.5", "http")));
        assertFalse(proxies.servedOverHttps(request(false, "203.0.113.9", "https")), "anyone can write the header");
        assertFalse(proxies.servedOverHttps(request(false, "10.0.0.5", null)));
        assertTrue(proxies.servedOverHttps(request(true, "203.0.113.9", null)));
    }

    @Test
    void aWrongSettingNamesTheVariableAndTheEntry() {
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> new TrustedProxies("10.0.0.0/33"));
        assertTrue(wrong.getMessage().contains("GONGJIAN_TRUSTED_PROXIES") && wrong.getMessage().contains("10.0.0.0/33"));
        assertThrows(IllegalStateException.class, () -> new TrustedProxies("proxy.example.org"));
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
