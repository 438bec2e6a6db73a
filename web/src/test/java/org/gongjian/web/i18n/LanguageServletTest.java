package org.gongjian.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

    @Test
    void returnsOnlyToPathsOnThisSite() {
        assertEquals("/t/xinqiao/", LanguageServlet.localPath("/t/xinqiao/"));
        for (String elsewhere : new String[] {null, "https://evil.example/", "//evil.example/", "/\\evil", "/a\r\nSet-Cookie: x"}) {
            assertEquals("/", LanguageServlet.localPath(elsewhere), String.valueOf(elsewhere));
        }
    }
}
