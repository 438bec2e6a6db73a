package org.gongjian.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.gongjian.bidding.boundary.BidFileContent;

/** How the API hands out a file: always to be saved, never shown in the browser. */
final class Downloads {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /** An opened file of a bid, offered for saving with the type found on upload, never sniffed nor kept by a cache. */
    static Response file(BidFileContent file) {
        return Response.ok(file.bytes(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /**
     * {@code attachment} with the name twice: a plain ASCII fallback for old clients and the real
     * name in UTF-8 (RFC 6266 and 5987), so neither quotes nor line breaks in a name reach the header.
     */
    static String disposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
