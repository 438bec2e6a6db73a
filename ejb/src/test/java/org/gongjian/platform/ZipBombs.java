package org.gongjian.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small archives that unpack to a great deal, made on the fly by streaming, never kept in the repository. */
public final class ZipBombs {

    private ZipBombs() {
    }

    /** A real account-style workbook with one more part of {@code zeros} zero bytes, deflated. */
    public static byte[] workbookExpandingBy(long zeros) {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook sheet = new XSSFWorkbook()) {
            sheet.createSheet("账号").createRow(0).createCell(0).setCellValue("登录名");
            sheet.write(workbook);
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook.toByteArray()));
                 ZipOutputStream out = new ZipOutputStream(bomb)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                }
                out.putNextEntry(new ZipEntry("xl/media/image1.bin"));
                byte[] block = new byte[1024 * 1024];
                for (long written = 0; written < zeros; written += block.length) {
                    out.write(block, 0, (int) Math.min(block.length, zeros - written));
                }
            }
            return bomb.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
