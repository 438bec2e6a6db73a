package org.gongjian.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.account.control.AccountSheet.SheetRow;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ZipBombs;
import org.junit.jupiter.api.Test;

class AccountSheetTest {

    @Test
    void readsRowsAfterTheHeaderWithTheirSpreadsheetNumbers() throws IOException {
        List<SheetRow> rows = AccountSheet.read("accounts.xlsx", sheet(
                new Object[] {"登录名", "姓名", "角色", "所属单位或组织", "电子邮箱"},
                new Object[] {" zhang.san ", "张三", "单位成员", "第一党支部", ""},
                new Object[] {"", "", "", "", ""},
                new Object[] {"li.si", "李四", "考评人员", "", 13800138000.0}));
        assertEquals(2, rows.size());
        assertEquals(new SheetRow(2, "zhang.san", "张三", "单位成员", "第一党支部", ""), rows.get(0));
        assertEquals(4, rows.get(1).number());
        assertEquals("13800138000", rows.get(1).email());
    }

    @Test
    void somethingElseThanASheetIsRefused() {
        assertEquals("import.unreadable", assertThrows(BusinessException.class,
                () -> AccountSheet.read("accounts.xlsx", "登录名,姓名".getBytes())).key());
    }

    @Test
    void aSheetThatUnpacksToHundredsOfMegabytesIsRefusedBeforeItIsRead() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> AccountSheet.read("名单.xlsx", ZipBombs.workbookExpandingBy(200L * 1024 * 1024)));
        assertEquals("zip.expandsTooFar", refused.key());
        assertEquals("名单.xlsx", refused.arguments()[0]);
    }

    @Test
    void rowsBeyondTheLimitAreRefused() throws IOException {
        Object[][] rows = new Object[AccountSheet.MAX_ROWS + 2][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {"user" + i, "名" + i, "单位成员", "第一党支部", ""};
        }
        assertEquals("import.tooManyRows", assertThrows(BusinessException.class,
                () -> AccountSheet.read("accounts.xlsx", sheet(rows))).key());
    }

    private static byte[] sheet(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
