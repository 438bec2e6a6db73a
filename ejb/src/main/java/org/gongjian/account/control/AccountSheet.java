package org.gongjian.account.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.platform.BusinessException;

/**
 * Reads an account sheet (.xlsx): a header row, then one account a row in the columns
 * 登录名 | 姓名 | 角色 | 所属单位或组织 | 电子邮箱. Blank rows are skipped; nothing is judged here.
 */
public final class AccountSheet {

    public static final int MAX_ROWS = 500;
    private static final DataFormatter TEXT = new DataFormatter();

    private AccountSheet() {
    }

    public static List<SheetRow> read(InputStream content) {
        try (Workbook workbook = new XSSFWorkbook(content)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || blank(row)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new BusinessException("import.tooManyRows", MAX_ROWS);
                }
                rows.add(new SheetRow(row.getRowNum() + 1, text(row, 0), text(row, 1), text(row, 2), text(row, 3), text(row, 4)));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException refusal) {
                throw refusal;
            }
            throw new BusinessException("import.unreadable");
        }
    }

    private static boolean blank(Row row) {
        for (int column = 0; column < 5; column++) {
            if (!text(row, column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : TEXT.formatCellValue(cell).trim();
    }

    /** One row as written, with its number as the spreadsheet shows it. */
    public record SheetRow(int number, String login, String displayName, String role, String organisation, String email) {
    }
}
