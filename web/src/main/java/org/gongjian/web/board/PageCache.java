package org.gongjian.web.board;

import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Anonymous public pages as last rendered, so a crowd watching them costs no query (the claim
 * board's, the showcase's). Bounded in entries and bytes (the least recently read go first), so no
 * series of addresses grows it without end. Pages carry a tag (e.g. a tenant); a tag's pages are
 * dropped the moment a change of what they show commits, and the city-wide pages with them; a page
 * rendered from data read before that change is not kept. Each server keeps the pages in its own
 * memory, but each tag's generation lives in the Data Grid ({@link DataGrid}): the change gives the
 * tag a new generation before the changing request is answered, and a kept page is served only
 * while its tag's generation is still the one read before its data, so no server of a cluster shows
 * a page from before a change made on another. Without a grid (one server) the generations are its
 * own.
 */
public abstract class PageCache {

    /** The tag of the city-wide pages, dropped on any change. */
    public static final String CITY = "";
    static final int MAX_ENTRIES = 2000;
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final String name;
    private final Map<String, Kept> entries = new LinkedHashMap<>(256, 0.75f, true);
    private Generations generations = Generations.local();
    private long bytes;

    /** @param name what the grid keeps this cache's generations under */
    protected PageCache(String name) {
        this.name = name;
    }

    @Inject
    void keepGenerationsIn(DataGrid grid) {
        generations = grid.generations(name);
    }

    void keepGenerationsIn(Generations shared) {
        generations = shared;
    }

    /** A page as rendered: its body, content type, entity tag, and when it stops being true by the clock alone. */
    public record Entry(String tag, byte[] body, String contentType, String etag, long expiresAtNanos) {

        boolean expired(long now) {
            return now - expiresAtNanos >= 0;
        }
    }

    private record Kept(Entry entry, long generation) {
    }

    /** The page kept under this key, unless it has expired or its tag changed since it was read. */
    public Entry get(String key) {
        Kept kept;
        synchronized (this) {
            kept = entries.get(key);
            if (kept == null) {
                return null;
            }
            if (kept.entry().expired(System.nanoTime())) {
                remove(key);
                return null;
            }
        }
        if (kept.generation() != generations.of(kept.entry().tag())) {
            synchronized (this) {
                if (entries.get(key) == kept) {
                    remove(key);
                }
            }
            return null;
        }
        return kept.entry();
    }

    /** The generation of a tag's pages: read it before reading the data a page shows. */
    public long generation(String tag) {
        return generations.of(tag);
    }

    /**
     * Keeps a page unless its tag changed since {@code generation} was read. The first page of a
     * tag (read before it had a generation) gives it one, so only tags with a page that exists
     * take room in the grid; a change that came first gave the tag one, and the page is not kept.
     */
    public void put(String key, long generation, Entry entry) {
        if (entry.body().length > MAX_BYTES / 8) {
            return;
        }
        if (generation == Generations.NONE) {
            generation = generations.start(entry.tag());
            if (generation == Generations.NONE) {
                return;
            }
        } else if (generation != generations.of(entry.tag())) {
            return;
        }
        synchronized (this) {
            remove(key);
            entries.put(key, new Kept(entry, generation));
            bytes += entry.body().length;
            Iterator<Kept> eldest = entries.values().iterator();
            while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
                bytes -= eldest.next().entry().body().length;
                eldest.remove();
            }
        }
    }

    /** Drops the pages of a tag and the city-wide ones, on every server. */
    protected void drop(String tag) {
        generations.bump(tag);
        generations.bump(CITY);
        synchronized (this) {
            Iterator<Kept> all = entries.values().iterator();
            while (all.hasNext()) {
                Entry entry = all.next().entry();
                if (entry.tag().equals(tag) || entry.tag().equals(CITY)) {
                    bytes -= entry.body().length;
                    all.remove();
                }
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
        Kept old = entries.remove(key);
        if (old != null) {
            bytes -= old.entry().body().length;
        }
    }
}
