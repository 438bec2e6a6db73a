package org.gongjian.web.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoardPageCacheTest {

    private final BoardPageCache cache = new BoardPageCache();

    @Test
    void aChangeDropsItsTenantsPagesAndTheCityWideOnes() {
        keep("a", "zh /a", 10);
        keep("b", "zh /b", 10);
        keep(BoardPageCache.CITY, "zh /", 10);

        cache.drop("a");

        assertNull(cache.get("zh /a"));
        assertNull(cache.get("zh /"));
        assertNotNull(cache.get("zh /b"));
        assertEquals(10, cache.bytes());
    }

    @Test
    void aPageReadBeforeAChangeIsNotKept() {
        long before = cache.generation("a");
        cache.drop("a");
        cache.put("zh /a", before, entry("a", 10, 60));
        assertNull(cache.get("zh /a"));
    }

    @Test
    void aPageStopsAtItsExpiry() {
        cache.put("zh /a", cache.generation("a"), entry("a", 10, 0));
        assertNull(cache.get("zh /a"));
    }

    @Test
    void noSeriesOfAddressesGrowsItBeyondItsBounds() {
        for (int i = 0; i < BoardPageCache.MAX_ENTRIES + 50; i++) {
            keep("a", "zh /a?q=" + i, 10);
        }
        assertEquals(BoardPageCache.MAX_ENTRIES, cache.size());
        assertNull(cache.get("zh /a?q=0"), "the least recently read go first");
        assertNotNull(cache.get("zh /a?q=" + (BoardPageCache.MAX_ENTRIES + 49)));

        int large = (int) (BoardPageCache.MAX_BYTES / 10);
        for (int i = 0; i < 20; i++) {
            keep("b", "zh /b?q=" + i, large);
        }
        assertTrue(cache.bytes() <= BoardPageCache.MAX_BYTES, "bytes " + cache.bytes());
    }

    private void keep(String tag, String key, int size) {
        cache.put(key, cache.generation(tag), entry(tag, size, 60));
    }

    private static BoardPageCache.Entry entry(String tag, int size, int seconds) {
        return new BoardPageCache.Entry(tag, new byte[size], "text/html", "\"x\"", System.nanoTime() + seconds * 1_000_000_000L);
    }
}
