package org.gongjian.web.board;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's Data Grid (the Hazelcast inside Payara Micro) as JCache, reached the Payara way: the
 * cache manager bound at {@code payara/CacheManager}. With {@code --nocluster} the grid is this
 * server alone (Hazelcast runs, no other server joins); with {@code --nohazelcast} nothing is bound
 * there and the pages' generations stay in this server's memory, which is right for a server alone.
 */
@ApplicationScoped
public class DataGrid {

    static final String CACHE_MANAGER = "payara/CacheManager";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    /** The generations of the caches of this name: in the grid when there is one. */
    Generations generations(String name) {
        CacheManager manager = manager();
        if (manager == null) {
            LOG.info(() -> "no Data Grid (" + CACHE_MANAGER + " is not bound): the " + name + " pages' generations stay on this server");
            return Generations.local();
        }
        LOG.info(() -> "the " + name + " pages' generations are kept in the Data Grid");
        return Generations.in(cache(manager, "gongjian-" + name + "-generations"));
    }

    private static CacheManager manager() {
        try {
            return (CacheManager) new InitialContext().lookup(CACHE_MANAGER);
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }

    private static Cache<String, Long> cache(CacheManager manager, String name) {
        Cache<String, Long> cache = manager.getCache(name, String.class, Long.class);
        if (cache != null) {
            return cache;
        }
        try {
            return manager.createCache(name, new MutableConfiguration<String, Long>().setTypes(String.class, Long.class));
        } catch (CacheException anotherServerMadeIt) {
            return manager.getCache(name, String.class, Long.class);
        }
    }
}
