package org.gongjian.web.board;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Anonymous public pages as last rendered, so a crowd watching them costs no query (the claim
 * board's, the showcase's). Bounded in entries and bytes (the least recently read go first), so no
 * series of addresses grows it without end. Pages carry a tag (e.g. a tenant); a tag's pages are
 * dropped the moment a change of what they show commits, and the city-wide pages with them; a page
 * rendered from data read before that change is not kept (each tag's generation tells). Each
 * server keeps its own: a change made on another server of a cluster reaches this one only
 * through a page's expiry.
 */
public abstract class PageCache {

    /** The tag of the city-wide pages, dropped on any change. */
    public static final String CITY = "";
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

    /** Drops the pages of a tag and the city-wide ones. */
    protected synchronized void drop(String tag) {
        generations.merge(tag, 1L, Long::sum);
        generations.merge(CITY, 1L, Long::sum);
        Iterator<Entry> all = entries.values().iterator();
        while (all.hasNext()) {
            Entry entry = all.next();
            if (entry.tag().equals(tag) || entry.tag().equals(CITY)) {
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
