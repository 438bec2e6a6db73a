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

    long of(String tag);

    void bump(String tag);

    /** This server's own: right for one server alone. */
    static Generations local() {
        ConcurrentMap<String, Long> generations = new ConcurrentHashMap<>();
        return new Generations() {
            @Override
            public long of(String tag) {
                return generations.computeIfAbsent(tag, t -> fresh());
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
                    if (generation == null) {
                        grid.putIfAbsent(tag, fresh());
                        generation = grid.get(tag);
                    }
                    return generation == null ? fresh() : generation;
                } catch (RuntimeException e) {
                    log.log(Level.WARNING, "the Data Grid did not answer; pages are read afresh", e);
                    return fresh();
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
        return ThreadLocalRandom.current().nextLong();
    }
}
