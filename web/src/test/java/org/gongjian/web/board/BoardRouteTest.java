package org.gongjian.web.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gongjian.web.board.BoardRoute.Page;
import org.junit.jupiter.api.Test;

class BoardRouteTest {

    @Test
    void boardAddressesLeadToTheirPages() {
        assertEquals(new BoardRoute(Page.CITY, null, 0, 0), BoardRoute.of(null));
        assertEquals(new BoardRoute(Page.CITY, null, 0, 0), BoardRoute.of("/"));
        assertEquals(new BoardRoute(Page.TENANT, "xinqiao", 0, 0), BoardRoute.of("/xinqiao"));
        assertEquals(new BoardRoute(Page.TENANT, "xinqiao", 0, 0), BoardRoute.of("/xinqiao/"));
        assertEquals(new BoardRoute(Page.ITEM, "xinqiao", 12, 0), BoardRoute.of("/xinqiao/items/12"));
        assertEquals(new BoardRoute(Page.JOIN, "xinqiao", 0, 0), BoardRoute.of("/xinqiao/join"));
        assertEquals(new BoardRoute(Page.PHOTO, "xinqiao", 12, 7), BoardRoute.of("/xinqiao/items/12/photos/7"));
    }

    @Test
    void anythingElseLeadsNowhere() {
        assertNull(BoardRoute.of("/Xinqiao"));
        assertNull(BoardRoute.of("/xinqiao/items/0"));
        assertNull(BoardRoute.of("/xinqiao/items/12/"));
        assertNull(BoardRoute.of("/xinqiao/items/99999999999999999999"));
        assertNull(BoardRoute.of("/xinqiao/items/12/photos"));
        assertNull(BoardRoute.of("/xinqiao/../t/xinqiao"));
        assertNull(BoardRoute.of("/xinqiao/join/extra"));
    }
}
