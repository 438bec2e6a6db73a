package org.gongjian.web.board;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.gongjian.platform.ReadStaleness;

/**
 * Renders an anonymous public page's view into memory, keeps it in a {@link PageCache} when it may
 * be kept (an anonymous 200 that set no cookie and made no session), and sends it with an entity
 * tag, so a repeated request with {@code If-None-Match} gets 304. The board's and the showcase's
 * servlets share it.
 */
public final class KeptPages {

    /** A kept page is read again at the latest after this, whatever the clock says of what it shows. */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);
    /** Longer keys (an odd query) are not kept: the bounds of the kept pages count their bodies, not their keys. */
    static final int MAX_KEY = 300;

    private KeptPages() {
    }

    /**
     * Renders {@code view}, keeps it under {@code key} (null: never) with {@code tag} unless the tag
     * changed since {@code generation}, for at most {@code validFor}, and sends it.
     */
    public static void render(PageCache cache, String key, String tag, long generation, Duration validFor, String view,
                              HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        RenderedPage rendered = new RenderedPage(response);
        request.getRequestDispatcher(view).forward(request, rendered);
        if (rendered.status() >= 300 && rendered.status() < 400 || response.isCommitted()) {
            return;
        }
        byte[] body = rendered.body();
        long lifetime = lifetime(validFor);
        PageCache.Entry entry = new PageCache.Entry(tag, body, rendered.getContentType(), etag(body), System.nanoTime() + lifetime);
        boolean keep = key != null && key.length() <= MAX_KEY && rendered.status() == HttpServletResponse.SC_OK
                && !rendered.setsCookie() && request.getSession(false) == null && lifetime > 0;
        if (keep) {
            cache.put(key, generation, entry);
        }
        if (rendered.status() == HttpServletResponse.SC_OK) {
            send(entry, request, response);
        } else {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /**
     * A body made without a view (e.g. a PDF) as a kept page, kept under {@code key} with {@code tag}
     * unless the tag changed since {@code generation}.
     */
    public static PageCache.Entry kept(PageCache cache, String key, String tag, long generation, Duration validFor, byte[] body,
                                       String contentType) {
        long lifetime = lifetime(validFor);
        PageCache.Entry entry = new PageCache.Entry(tag, body, contentType, etag(body), System.nanoTime() + lifetime);
        if (key.length() <= MAX_KEY && lifetime > 0) {
            cache.put(key, generation, entry);
        }
        return entry;
    }

    /**
     * How long a page just made may be kept: {@code validFor}, at most {@link #MAX_AGE}, and, when
     * this request read from the read replica, only until the replica's data is as old as the
     * allowed lag ({@link ReadStaleness}).
     */
    private static long lifetime(Duration validFor) {
        Duration wanted = validFor.compareTo(MAX_AGE) < 0 ? validFor : MAX_AGE;
        return CDI.current().select(ReadStaleness.class).get().keepFor(wanted).toNanos();
    }

    /** Sends a kept page, or 304 when the visitor holds it already. */
    public static void send(PageCache.Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie");
        if (matches(request.getHeader("If-None-Match"), entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!headOnly(request)) {
            response.getOutputStream().write(entry.body());
        }
    }

    public static boolean headOnly(HttpServletRequest request) {
        return "HEAD".equals(request.getMethod());
    }

    /** Whether the visitor's {@code If-None-Match} names this entity tag. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
