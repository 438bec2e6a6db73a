package org.gongjian.web.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.claim.entity.BoardChanged;

/**
 * The anonymous board pages as last rendered, so a crowd watching a board costs no query. Bounded
 * in entries and bytes (the least recently read go first), so no series of addresses grows it
 * without end. A tenant's pages are dropped the moment a change of its board commits, and the
 * city-wide pages with them; a page rendered from data read before that change is not kept
 * (each tag's generation tells). Each server keeps its own: a change made on another server of a
 * cluster reaches this one only through a page's expiry.
 */
@ApplicationScoped
public class BoardPageCache {

    /** The tag of the city-wide pages, dropped on any change. */
    static final String CITY = "";
    static final int MAX_ENTRIES = 2000;
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, Long> generations = new HashMap<>();
    private long bytes;

    /** A page as rendered: its body, content type, entity tag, and when it stops being true by the clock alone. */
    public record Entry(String tag, byte[] body, String contentType, String etag, long expiresAtNanos) {

        boolean expired(long now) {
            return now - expiresAtNanos >= 0;
        }
    }

    /** The page kept under this key, unless it has expired. */
    public synchronized Entry get(String key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expired(System.nanoTime())) {
            remove(key);
            return null;
        }
        return entry;
    }

    /** The generation of a tag's pages: read it before reading the data a page shows. */
    public synchronized long generation(String tag) {
        return generations.getOrDefault(tag, 0L);
    }

    /** Keeps a page unless its tag changed since {@code generation} was read. */
    public synchronized void put(String key, long generation, Entry entry) {
        if (generation != generation(entry.tag()) || entry.body().length > MAX_BYTES / 8) {
            return;
        }
        remove(key);
        entries.put(key, entry);
        bytes += entry.body().length;
        Iterator<Entry> eldest = entries.values().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().body().length;
            eldest.remove();
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        drop(change.tenantCode());
    }

    /** Drops the pages of a tenant and the city-wide ones. */
    synchronized void drop(String tenantCode) {
        generations.merge(tenantCode, 1L, Long::sum);
        generations.merge(CITY, 1L, Long::sum);
        Iterator<Entry> all = entries.values().iterator();
        while (all.hasNext()) {
            Entry entry = all.next();
            if (entry.tag().equals(tenantCode) || entry.tag().equals(CITY)) {
                bytes -= entry.body().length;
                all.remove();
            }
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    private void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.body().length;
        }
    }
}
