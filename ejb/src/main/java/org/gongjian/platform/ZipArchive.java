package org.gongjian.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipInputStream;

/**
 * A zip archive held in memory (the container of docx, xlsx and pptx files), read from its central
 * directory without inflating anything. {@link #refuseBomb} unpacks every entry only through a
 * counter with a cap, never trusting the sizes the archive declares, so a small file that expands to
 * gigabytes is refused before it is stored or handed to a reader.
 */
public final class ZipArchive {

    public static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    public static final int MAX_RATIO = 100;
    public static final int MAX_ENTRIES = 10_000;
    /** Below this much expanded content the ratio is not judged: a tiny file of repeated XML is no threat. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

    private final byte[] zip;
    private final List<Entry> entries;

    private ZipArchive(byte[] zip, List<Entry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /** Whether the content starts as a zip archive does. */
    public static boolean isZip(byte[] content) {
        return content != null && content.length >= LOCAL_HEADER.length && content[0] == LOCAL_HEADER[0]
                && content[1] == LOCAL_HEADER[1] && content[2] == LOCAL_HEADER[2] && content[3] == LOCAL_HEADER[3];
    }

    /** The archive's central directory, or nothing when it is not a well-formed one within the entry limit. */
    public static Optional<ZipArchive> open(byte[] zip) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endOfDirectory(zip);
        if (end < 0) {
            return Optional.empty();
        }
        int count = bytes.getShort(end + 10) & 0xffff;
        long at = bytes.getInt(end + 16) & 0xffffffffL;
        if (count > MAX_ENTRIES) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (at + 46 > zip.length || bytes.getInt((int) at) != 0x02014b50) {
                return Optional.empty();
            }
            int p = (int) at;
            int nameLength = bytes.getShort(p + 28) & 0xffff;
            int extraLength = bytes.getShort(p + 30) & 0xffff;
            int commentLength = bytes.getShort(p + 32) & 0xffff;
            if (p + 46L + nameLength > zip.length) {
                return Optional.empty();
            }
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            entries.add(new Entry(name, bytes.getShort(p + 10) & 0xffff, bytes.getInt(p + 20) & 0xffffffffL,
                    bytes.getInt(p + 42) & 0xffffffffL));
            at = at + 46 + nameLength + extraLength + commentLength;
        }
        return Optional.of(new ZipArchive(zip, entries));
    }

    /**
     * Refuses, naming the file, a zip archive that expands beyond {@value #MAX_EXPANDED_BYTES} bytes in
     * all, more than {@value #MAX_RATIO} times its own size, or has more than {@value #MAX_ENTRIES}
     * entries, or cannot be walked. Both the central directory (what readers of files follow) and the
     * entries as they come one after another (what streaming readers follow) are counted, since a
     * crafted archive can make the two disagree. Anything that is not a zip passes untouched.
     */
    public static void refuseBomb(String fileName, byte[] content) {
        if (!isZip(content)) {
            return;
        }
        if (entryCount(content) > MAX_ENTRIES) {
            throw new BusinessException("zip.tooManyEntries", fileName, MAX_ENTRIES);
        }
        ZipArchive archive = open(content).orElseThrow(() -> new BusinessException("zip.unreadable", fileName));
        long expanded = Math.max(archive.expandedByDirectory(fileName), expandedByStream(fileName, content));
        if (expanded > RATIO_GRACE_BYTES && expanded > (long) MAX_RATIO * content.length) {
            throw tooFar(fileName);
        }
    }

    public boolean contains(String name) {
        return entries.stream().anyMatch(entry -> entry.name.equals(name));
    }

    /** The entry's content as UTF-8 when it is there and no larger than the limit. */
    public Optional<String> text(String name, int maxBytes) {
        for (Entry entry : entries) {
            if (entry.name.equals(name)) {
                try {
                    return Optional.of(new String(entry.content(zip, maxBytes), StandardCharsets.UTF_8));
                } catch (LimitExceeded | MalformedEntry e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private long expandedByDirectory(String fileName) {
        long total = 0;
        for (Entry entry : entries) {
            try {
                total += entry.expandedSize(zip, MAX_EXPANDED_BYTES - total);
            } catch (LimitExceeded e) {
                throw tooFar(fileName);
            } catch (MalformedEntry e) {
                throw new BusinessException("zip.unreadable", fileName);
            }
        }
        return total;
    }

    private static long expandedByStream(String fileName, byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream stream = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (stream.getNextEntry() != null) {
                for (int n = stream.read(buffer); n > 0; n = stream.read(buffer)) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        throw tooFar(fileName);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BusinessException("zip.unreadable", fileName);
        }
        return total;
    }

    private static int entryCount(byte[] content) {
        int count = 0;
        try (ZipInputStream stream = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (stream.getNextEntry() != null && count <= MAX_ENTRIES) {
                count++;
            }
        } catch (IOException | IllegalArgumentException e) {
            return count;
        }
        int end = endOfDirectory(content);
        return end < 0 ? count : Math.max(count, ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN).getShort(end + 10) & 0xffff);
    }

    /** Where the end-of-central-directory record starts, or -1. */
    private static int endOfDirectory(byte[] zip) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
            if (bytes.getInt(at) == 0x06054b50) {
                return at;
            }
        }
        return -1;
    }

    private static BusinessException tooFar(String fileName) {
        return new BusinessException("zip.expandsTooFar", fileName, MAX_EXPANDED_BYTES / 1024 / 1024, MAX_RATIO);
    }

    /** More content than allowed came out of an entry. */
    private static final class LimitExceeded extends Exception {
    }

    /** An entry whose data cannot be found or inflated. */
    private static final class MalformedEntry extends Exception {
    }

    /** An entry as the central directory describes it; only where its data starts is taken from it. */
    private record Entry(String name, int method, long compressedSize, long localHeader) {

        long expandedSize(byte[] zip, long limit) throws LimitExceeded, MalformedEntry {
            return inflate(zip, limit, null);
        }

        byte[] content(byte[] zip, long limit) throws LimitExceeded, MalformedEntry {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            inflate(zip, limit, out);
            return out.toByteArray();
        }

        /** Inflates the entry's data, counting what comes out and stopping past the limit. */
        private long inflate(byte[] zip, long limit, ByteArrayOutputStream out) throws LimitExceeded, MalformedEntry {
            if (localHeader + 30 > zip.length) {
                throw new MalformedEntry();
            }
            ByteBuffer header = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            int at = (int) localHeader;
            if (header.getInt(at) != 0x04034b50) {
                throw new MalformedEntry();
            }
            long start = localHeader + 30 + (header.getShort(at + 26) & 0xffff) + (header.getShort(at + 28) & 0xffff);
            if (start > zip.length) {
                throw new MalformedEntry();
            }
            if (method == 0) {
                if (start + compressedSize > zip.length) {
                    throw new MalformedEntry();
                }
                if (compressedSize > limit) {
                    throw new LimitExceeded();
                }
                if (out != null) {
                    out.write(zip, (int) start, (int) compressedSize);
                }
                return compressedSize;
            }
            if (method != 8) {
                throw new MalformedEntry();
            }
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(zip, (int) start, zip.length - (int) start);
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new MalformedEntry();
                    }
                    total += n;
                    if (total > limit) {
                        throw new LimitExceeded();
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                return total;
            } catch (DataFormatException e) {
                throw new MalformedEntry();
            } finally {
                inflater.end();
            }
        }
    }
}
