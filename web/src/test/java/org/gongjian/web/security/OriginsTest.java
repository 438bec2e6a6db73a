package org.gongjian.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginsTest {

    private static final String OWN = "http://portal.example:8080";
    private static final String PUBLISHED = "https://gongjian.example.org";

    @Test
    void theOwnOrPublishedOriginAndNoOriginAtAllAreThePortals() {
        assertFalse(Origins.isForeign(null, null, OWN, PUBLISHED));
        assertFalse(Origins.isForeign("http://PORTAL.example:8080", "same-origin", OWN, PUBLISHED));
        assertFalse(Origins.isForeign("https://gongjian.example.org:443", null, OWN, PUBLISHED));
        assertFalse(Origins.isForeign(null, "none", OWN, null));
    }

    @Test
    void anotherPortSchemeOrSubdomainOfTheSameHostIsForeign() {
        assertTrue(Origins.isForeign("http://portal.example:9999", null, OWN, PUBLISHED));
        assertTrue(Origins.isForeign("https://portal.example:8080", null, OWN, PUBLISHED));
        assertTrue(Origins.isForeign("http://evil.portal.example:8080", null, OWN, PUBLISHED));
        assertTrue(Origins.isForeign("null", null, OWN, PUBLISHED));
    }

    @Test
    void theBrowsersSecFetchSiteMustSaySameOrigin() {
        assertTrue(Origins.isForeign(null, "same-site", OWN, PUBLISHED));
        assertTrue(Origins.isForeign(OWN, "cross-site", OWN, PUBLISHED));
    }

    @Test
    void originsAreComparedWithoutDefaultPortsOrPaths() {
        assertEquals("https://gongjian.example.org", Origins.originOf("https://gongjian.example.org:443/portal/"));
        assertEquals("http://127.0.0.1:8183", Origins.originOf("http://127.0.0.1:8183"));
        assertNull(Origins.originOf("ftp://gongjian.example.org"));
    }
}
