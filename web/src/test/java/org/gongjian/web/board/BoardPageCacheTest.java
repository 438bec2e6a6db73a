package org.gongjian.web.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.cache.Cache;
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
        assertNotKeptWhenChangedMeanwhile(cache, cache);
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

    @Test
    void aChangeOnOneServerDropsTheOthersPagesAtOnce() {
        FakeGrid grid = new FakeGrid();
        BoardPageCache one = server(grid);
        BoardPageCache other = server(grid);
        keep(other, "a", "zh /a");
        keep(other, "b", "zh /b");
        keep(other, BoardPageCache.CITY, "zh /");

        one.drop("a");

        assertNull(other.get("zh /a"), "a claim through one server is not shown as a free place by the other");
        assertNull(other.get("zh /"), "nor on the city-wide board");
        assertNotNull(other.get("zh /b"));
        assertEquals(1, other.size(), "what it will not serve again it lets go");
    }

    @Test
    void aPageReadOnOneServerBeforeAChangeOnAnotherIsNotKept() {
        FakeGrid grid = new FakeGrid();
        assertNotKeptWhenChangedMeanwhile(server(grid), server(grid));
    }

    private static void assertNotKeptWhenChangedMeanwhile(BoardPageCache changing, BoardPageCache reading) {
        long before = reading.generation("a");
        changing.drop("a");
        reading.put("zh /a", before, entry("a", 10, 60));
        assertNull(reading.get("zh /a"));
    }

    @Test
    void aGenerationTheGridLostNeverMatchesAnOldPage() {
        FakeGrid grid = new FakeGrid();
        BoardPageCache server = server(grid);
        keep(server, "a", "zh /a");
        grid.generations.clear();
        assertNull(server.get("zh /a"));
        keep(server, "a", "zh /a");
        assertNotNull(server.get("zh /a"), "a new generation, and pages are kept again");
    }

    @Test
    void onlyAPageThatExistsGivesItsTagRoomInTheGrid() {
        FakeGrid grid = new FakeGrid();
        BoardPageCache server = server(grid);
        for (int i = 0; i < 100; i++) {
            server.generation("made-up-" + i);
        }
        assertTrue(grid.generations.isEmpty(), "asking for pages that do not exist writes nothing: " + grid.generations.size());
        keep(server, "a", "zh /a");
        assertEquals(Set.of("a"), grid.generations.keySet());
    }

    @Test
    void whileTheGridDoesNotAnswerPagesAreReadAfresh() {
        FakeGrid grid = new FakeGrid();
        BoardPageCache server = server(grid);
        keep(server, "a", "zh /a");
        grid.down = true;
        assertNull(server.get("zh /a"), "none served without knowing it is current");
        server.put("zh /b", server.generation("b"), entry("b", 10, 60));
        grid.down = false;
        assertNull(server.get("zh /b"), "none kept either");
        keep(server, "b", "zh /b");
        assertNotNull(server.get("zh /b"));
    }

    private static BoardPageCache server(FakeGrid grid) {
        BoardPageCache server = new BoardPageCache();
        server.keepGenerationsIn(Generations.in(grid.cache()));
        return server;
    }

    private static void keep(BoardPageCache server, String tag, String key) {
        server.put(key, server.generation(tag), entry(tag, 10, 60));
        assertNotNull(server.get(key));
    }

    private void keep(String tag, String key, int size) {
        cache.put(key, cache.generation(tag), entry(tag, size, 60));
    }

    private static BoardPageCache.Entry entry(String tag, int size, int seconds) {
        return new BoardPageCache.Entry(tag, new byte[size], "text/html", "\"x\"", System.nanoTime() + seconds * 1_000_000_000L);
    }

    /** The grid's JCache as the servers share it: what the generations use of it, over one map. */
    private static final class FakeGrid {

        final Map<String, Long> generations = new ConcurrentHashMap<>();
        volatile boolean down;

        @SuppressWarnings("unchecked")
        Cache<String, Long> cache() {
            return (Cache<String, Long>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Cache.class},
                    (proxy, method, arguments) -> {
                        if (down) {
                            throw new IllegalStateException("no member answers");
                        }
                        return switch (method.getName()) {
                            case "get" -> generations.get((String) arguments[0]);
                            case "put" -> {
                                generations.put((String) arguments[0], (Long) arguments[1]);
                                yield null;
                            }
                            case "putIfAbsent" -> generations.putIfAbsent((String) arguments[0], (Long) arguments[1]) == null;
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    });
        }
    }
}
