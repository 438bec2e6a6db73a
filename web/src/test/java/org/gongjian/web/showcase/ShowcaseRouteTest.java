package org.gongjian.web.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ShowcaseRouteTest {

    @Test
    void addressesLeadToTheirPagesAndTags() {
        assertEquals(new ShowcaseRoute(ShowcaseRoute.Page.INDEX, null, 0, 0), ShowcaseRoute.of(null));
        assertEquals(new ShowcaseRoute(ShowcaseRoute.Page.YEAR, "xinqiao", 2026, 0), ShowcaseRoute.of("/xinqiao/2026"));
        assertEquals(new ShowcaseRoute(ShowcaseRoute.Page.CITY, null, 2026, 0), ShowcaseRoute.of("/city/2026/"));
        assertEquals(new ShowcaseRoute(ShowcaseRoute.Page.STORY, "xinqiao", 2026, 7), ShowcaseRoute.of("/xinqiao/2026/7"));
        assertEquals(new ShowcaseRoute(ShowcaseRoute.Page.STORY, null, 2026, 7), ShowcaseRoute.of("/city/2026/7"));
        assertEquals(new ShowcaseRoute(ShowcaseRoute.Page.PHOTO, "xinqiao", 2026, 9), ShowcaseRoute.of("/xinqiao/2026/photos/9"));
        assertEquals(new ShowcaseRoute(ShowcaseRoute.Page.BOOKLET, "xinqiao", 2026, 0), ShowcaseRoute.of("/xinqiao/2026/booklet.pdf"));
        assertEquals(new ShowcaseRoute(ShowcaseRoute.Page.BOOKLET, null, 2026, 0), ShowcaseRoute.of("/city/2026/booklet.pdf"));
        assertEquals("xinqiao 2026", ShowcaseRoute.of("/xinqiao/2026/7").tag());
        assertEquals("city 2026", ShowcaseRoute.of("/city/2026").tag());
        assertEquals(ShowcasePageCache.CITY, ShowcaseRoute.of("/").tag());
    }

    @Test
    void anythingElseIsNoRoute() {
        for (String path : new String[] {"/city/2026/photos/9", "/Xinqiao/2026", "/xinqiao/26", "/xinqiao/2026/0", "/xinqiao/2026/booklet",
                "/xinqiao/2026/7/", "/../2026"}) {
            assertNull(ShowcaseRoute.of(path), path);
        }
    }
}
