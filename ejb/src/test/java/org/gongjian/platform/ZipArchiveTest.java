package org.gongjian.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipArchiveTest {

    @Test
    void aWorkbookThatUnpacksToHundredsOfMegabytesIsRefusedNamingTheFile() {
        byte[] bomb = ZipBombs.workbookExpandingBy(200L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb itself is small: " + bomb.length);
        BusinessException refused = assertThrows(BusinessException.class, () -> ZipArchive.refuseBomb("台账.xlsx", bomb));
        assertEquals("zip.expandsTooFar", refused.key());
        assertArrayEquals(new Object[] {"台账.xlsx", 100L, 100}, refused.arguments());
    }

    @Test
    void aSmallFileThatUnpacksToAHundredTimesItsSizeIsRefused() {
        byte[] bomb = ZipBombs.workbookExpandingBy(5L * 1024 * 1024);
        assertEquals("zip.expandsTooFar", assertThrows(BusinessException.class,
                () -> ZipArchive.refuseBomb("small.xlsx", bomb)).key());
    }

    @Test
    void ordinaryDocumentsPass() {
        assertDoesNotThrow(() -> ZipArchive.refuseBomb("sheet.xlsx", ZipBombs.workbookExpandingBy(0)));
        assertDoesNotThrow(() -> ZipArchive.refuseBomb("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    @Test
    void entriesThatShareTheirDataAreCountedAsOftenAsTheDirectoryListsThem() throws IOException {
        byte[] noise = new byte[1536 * 1024];
        new Random(7).nextBytes(noise);
        byte[] overlapping = overlapping(noise, 70);
        assertTrue(overlapping.length < 2 * noise.length);
        assertEquals("zip.expandsTooFar", assertThrows(BusinessException.class,
                () -> ZipArchive.refuseBomb("overlap.docx", overlapping)).key());
        assertDoesNotThrow(() -> ZipArchive.refuseBomb("overlap.docx", overlapping(noise, 20)));
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (int i = 0; i <= ZipArchive.MAX_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("e" + i));
            }
        }
        BusinessException refused = assertThrows(BusinessException.class, () -> ZipArchive.refuseBomb("many.pptx", zip.toByteArray()));
        assertEquals("zip.tooManyEntries", refused.key());
        assertEquals("many.pptx", refused.arguments()[0]);
    }

    @Test
    void aTruncatedArchiveIsRefused() {
        byte[] workbook = ZipBombs.workbookExpandingBy(0);
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
        assertEquals("zip.unreadable", assertThrows(BusinessException.class,
                () -> ZipArchive.refuseBomb("cut.xlsx", truncated)).key());
    }

    /** One stored entry, then a central directory listing it {@code times} times under different names. */
    private static byte[] overlapping(byte[] data, int times) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        crc.update(data);
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            ZipEntry entry = new ZipEntry("word/media/a.bin");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            entry.setCrc(crc.getValue());
            out.putNextEntry(entry);
            out.write(data);
        }
        byte[] single = zip.toByteArray();
        int directory = ByteBuffer.wrap(single).order(ByteOrder.LITTLE_ENDIAN).getInt(single.length - 22 + 16);
        ByteBuffer out = ByteBuffer.allocate(directory + times * 80 + 22).order(ByteOrder.LITTLE_ENDIAN);
        out.put(single, 0, directory);
        for (int i = 0; i < times; i++) {
            byte[] name = ("word/media/" + i + ".bin").getBytes(StandardCharsets.UTF_8);
            out.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 0)
                    .putInt(0).putInt((int) crc.getValue()).putInt(data.length).putInt(data.length)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(0).put(name);
        }
        int size = out.position() - directory;
        out.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) times).putShort((short) times)
                .putInt(size).putInt(directory).putShort((short) 0);
        byte[] result = new byte[out.position()];
        out.flip().get(result);
        return result;
    }
}
