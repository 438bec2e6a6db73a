package org.gongjian.web.board;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;

/**
 * The generation of each tag of a {@link PageCache}: a kept page is served only while its tag's
 * generation is the one read before its data. A change gives the tag a fresh random generation
 * rather than the next number, so a generation the grid lost (a server gone with its part of the
 * data) comes back as a new one and never matches an old page again. Public because the client
 * proxies of caches in other packages name it.
 */
public interface Generations {

    /** The generation of a tag no page was kept for and no change was made to. */
    long NONE = 0;

    /** The tag's generation, or {@link #NONE}: reading writes nothing, so no address a visitor makes up grows the grid. */
    long of(String tag);

    /** Gives a tag without one its first generation and returns it; {@link #NONE} when it has one already. */
    long start(String tag);

    void bump(String tag);

    /** This server's own: right for one server alone. */
    static Generations local() {
        ConcurrentMap<String, Long> generations = new ConcurrentHashMap<>();
        return new Generations() {
            @Override
            public long of(String tag) {
                return generations.getOrDefault(tag, NONE);
            }

            @Override
            public long start(String tag) {
                long first = fresh();
                return generations.putIfAbsent(tag, first) == null ? first : NONE;
            }

            @Override
            public void bump(String tag) {
                generations.put(tag, fresh());
            }
        };
    }

    /**
     * Kept in the Data Grid, so every server sees a change the moment it is made. When the grid
     * does not answer, no page is served from memory or kept (each read gives a fresh generation),
     * and a change it did not take reaches the other servers through their pages' expiry.
     */
    static Generations in(Cache<String, Long> grid) {
        Logger log = Logger.getLogger(Generations.class.getName());
        return new Generations() {
            @Override
            public long of(String tag) {
                try {
                    Long generation = grid.get(tag);
                    return generation == null ? NONE : generation;
                } catch (RuntimeException e) {
                    log.log(Level.WARNING, "the Data Grid did not answer; pages are read afresh", e);
                    return fresh();
                }
            }

            @Override
            public long start(String tag) {
                try {
                    long first = fresh();
                    return grid.putIfAbsent(tag, first) ? first : NONE;
                } catch (RuntimeException e) {
                    log.log(Level.WARNING, "the Data Grid did not answer; pages are read afresh", e);
                    return NONE;
                }
            }

            @Override
            public void bump(String tag) {
                try {
                    grid.put(tag, fresh());
                } catch (RuntimeException e) {
                    log.log(Level.WARNING, "the Data Grid did not take a change of " + tag
                            + "; other servers show it when their pages expire", e);
                }
            }
        };
    }

    private static long fresh() {
        long generation;
        do {
            generation = ThreadLocalRandom.current().nextLong();
        } while (generation == NONE);
        return generation;
    }
}
