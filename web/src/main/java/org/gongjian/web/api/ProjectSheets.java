package org.gongjian.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.LedgerSheetRow;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.web.faces.Messages;

/** The project list and its ledger as Excel sheets, with headers and labels in the reader's language. */
final class ProjectSheets {

    /** Rows kept in memory while the rest goes to a temporary file: a long list never fills the heap. */
    private static final int WINDOW = 200;

    private final Locale locale;

    ProjectSheets(Locale locale) {
        this.locale = locale;
    }

    void list(List<ProjectRow> projects, CategoryNames categories, OutputStream out) throws IOException {
        write("export.list.sheet", List.of(
                column("export.list.title", 40, ProjectRow::title),
                column("project.owner", 20, ProjectRow::ownerName),
                column("export.list.category", 16, row -> categories.name(row.year(), row.categoryKey(), locale)),
                column("export.list.year", 8, row -> String.valueOf(row.year())),
                column("export.list.status", 14, row -> text("enum.ProjectStatus." + row.status())),
                column("export.list.nominated", 10, row -> text(row.nominated() ? "export.yes" : "export.no")),
                column("export.list.updated", 20, row -> Messages.moment(locale, "format.dateTime", row.updatedAt()))), projects, out);
    }

    void ledger(List<LedgerSheetRow> lines, OutputStream out) throws IOException {
        write("export.ledger.sheet", List.of(
                column("export.ledger.project", 36, LedgerSheetRow::projectTitle),
                column("project.owner", 20, LedgerSheetRow::projectOwner),
                column("export.ledger.stage", 14, LedgerSheetRow::stage),
                column("export.ledger.kind", 10, line -> text("enum.LedgerKind." + line.kind())),
                column("export.ledger.item", 36, LedgerSheetRow::item),
                column("export.ledger.owner", 12, LedgerSheetRow::owner),
                column("export.ledger.deadline", 12, LedgerSheetRow::deadline),
                column("export.ledger.measures", 40, LedgerSheetRow::measures),
                column("export.ledger.status", 10, line -> text("enum.LedgerStatus." + line.status())),
                column("export.ledger.signal", 8, line -> text("enum.Signal." + line.signal()))), lines, out);
    }

    private <T> void write(String sheetKey, List<Column<T>> columns, List<T> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(text(sheetKey));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
                Cell cell = head.createCell(c);
                cell.setCellValue(text(columns.get(c).headerKey()));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (T row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(row);
                    Cell cell = line.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }

    private static <T> Column<T> column(String headerKey, int width, Function<T, Object> value) {
        return new Column<>(headerKey, width, value);
    }

    /** A column: its header, its width in characters, and what it shows of a row. */
    private record Column<T>(String headerKey, int width, Function<T, Object> value) {
    }
}
