package org.gongjian.project.control;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.gongjian.platform.ZipArchive;
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
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** The main part of each OOXML kind and the content type [Content_Types].xml gives it. */
    private static final Map<FileType, String[]> OOXML = Map.of(
            FileType.DOCX, new String[]{"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
            FileType.XLSX, new String[]{"xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"},
            FileType.PPTX, new String[]{"ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"});
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
        if (ZipArchive.isZip(content)) {
            return ooxml(content);
        }
        return Optional.empty();
    }

    private static Optional<FileType> ooxml(byte[] content) {
        Optional<ZipArchive> archive = ZipArchive.open(content);
        Optional<String> types = archive.flatMap(zip -> zip.text(CONTENT_TYPES, MAX_CONTENT_TYPES_BYTES));
        if (types.isEmpty()) {
            return Optional.empty();
        }
        String declared = types.get();
        for (Map.Entry<FileType, String[]> kind : OOXML.entrySet()) {
            String part = kind.getValue()[0];
            if (archive.get().contains(part) && declared.contains("PartName=\"/" + part + "\"")
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
}
