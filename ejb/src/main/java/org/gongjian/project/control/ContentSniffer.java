package org.gongjian.project.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.gongjian.project.entity.FileType;

/**
 * Finds what a file is from its bytes alone: a PDF, a PNG or JPEG picture, or a Word, Excel or
 * PowerPoint document (OOXML: a zip whose {@code [Content_Types].xml} names the main part, and
 * that part present). Anything else is not recognised, whatever its name says: HTML, SVG,
 * scripts, text, other archives, macro-enabled and old binary Office files.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** The main part of each OOXML kind and the content type [Content_Types].xml gives it. */
    private static final Map<FileType, String[]> OOXML = Map.of(
            FileType.DOCX, new String[]{"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
            FileType.XLSX, new String[]{"xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"},
            FileType.PPTX, new String[]{"ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"});
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private ContentSniffer() {
    }

    public static Optional<FileType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF) && endsWithin(content, PDF_END, 1024)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, JPEG) && content.length > 4 && (content[3] & 0xff) >= 0xc0 && (content[3] & 0xff) != 0xff) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return ooxml(content);
        }
        return Optional.empty();
    }

    private static Optional<FileType> ooxml(byte[] content) {
        Map<String, Entry> entries = ZipDirectory.read(content);
        Entry types = entries.get(CONTENT_TYPES);
        if (types == null) {
            return Optional.empty();
        }
        String declared = types.text(content);
        if (declared == null) {
            return Optional.empty();
        }
        for (Map.Entry<FileType, String[]> kind : OOXML.entrySet()) {
            String part = kind.getValue()[0];
            if (entries.containsKey(part) && declared.contains("PartName=\"/" + part + "\"")
                    && declared.contains("ContentType=\"" + kind.getValue()[1] + "\"")) {
                return Optional.of(kind.getKey());
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the marker starts within the last {@code tail} bytes (PDF writers may add a line end or padding). */
    private static boolean endsWithin(byte[] content, byte[] marker, int tail) {
        for (int at = content.length - marker.length; at >= Math.max(0, content.length - tail); at--) {
            boolean found = true;
            for (int i = 0; i < marker.length && found; i++) {
                found = content[at + i] == marker[i];
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** A zip entry as the central directory describes it. */
    private record Entry(int method, long compressedSize, long size, long localHeader) {

        /** The entry's content as UTF-8, or null when it cannot be read within the limit. */
        String text(byte[] zip) {
            if (size > MAX_CONTENT_TYPES_BYTES || localHeader + 30 > zip.length) {
                return null;
            }
            ByteBuffer header = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            int at = (int) localHeader;
            if (header.getInt(at) != 0x04034b50) {
                return null;
            }
            long start = localHeader + 30 + (header.getShort(at + 26) & 0xffff) + (header.getShort(at + 28) & 0xffff);
            if (start + compressedSize > zip.length) {
                return null;
            }
            if (method == 0) {
                return new String(zip, (int) start, (int) compressedSize, StandardCharsets.UTF_8);
            }
            return method == 8 ? inflate(zip, (int) start, (int) compressedSize) : null;
        }

        private static String inflate(byte[] zip, int start, int length) {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(zip, start, length);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    if (out.size() > MAX_CONTENT_TYPES_BYTES) {
                        return null;
                    }
                }
                return out.toString(StandardCharsets.UTF_8);
            } catch (DataFormatException e) {
                return null;
            } finally {
                inflater.end();
            }
        }
    }

    /**
     * The entries of a zip, read from its central directory without inflating anything, so a
     * crafted archive cannot make the server unpack gigabytes just to be looked at.
     */
    private static final class ZipDirectory {

        static Map<String, Entry> read(byte[] zip) {
            Map<String, Entry> entries = new HashMap<>();
            ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            int end = -1;
            for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
                if (bytes.getInt(at) == 0x06054b50) {
                    end = at;
                    break;
                }
            }
            if (end < 0) {
                return entries;
            }
            int count = bytes.getShort(end + 10) & 0xffff;
            long at = bytes.getInt(end + 16) & 0xffffffffL;
            if (count > MAX_ENTRIES) {
                return Map.of();
            }
            for (int i = 0; i < count; i++) {
                if (at + 46 > zip.length || bytes.getInt((int) at) != 0x02014b50) {
                    return Map.of();
                }
                int p = (int) at;
                int nameLength = bytes.getShort(p + 28) & 0xffff;
                int extraLength = bytes.getShort(p + 30) & 0xffff;
                int commentLength = bytes.getShort(p + 32) & 0xffff;
                if (p + 46L + nameLength > zip.length) {
                    return Map.of();
                }
                String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
                entries.put(name, new Entry(bytes.getShort(p + 10) & 0xffff, bytes.getInt(p + 20) & 0xffffffffL,
                        bytes.getInt(p + 24) & 0xffffffffL, bytes.getInt(p + 42) & 0xffffffffL));
                at = at + 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        }
    }
}
