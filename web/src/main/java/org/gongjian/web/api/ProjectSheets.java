package org.gongjian.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongjian.award.control.Prize;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.LedgerSheetRow;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.record.boundary.RecordLine;
import org.gongjian.record.boundary.RecordSums;
import org.gongjian.record.boundary.YearlyRecord;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Name;
import org.gongjian.web.faces.Messages;

/**
 * The project list, its ledger and a unit's yearly record as Excel sheets, with headers and labels
 * in the reader's language; numbers stay numbers (amounts in yuan, scores with two decimals).
 */
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

    /** A unit's yearly record: one row per project, then a row of sums (project count, mean total, funds). */
    void record(YearlyRecord record, OutputStream out) throws IOException {
        RecordSums sums = record.sums();
        List<Column<RecordLine>> columns = List.of(
                column("record.project", 36, RecordLine::title),
                column("record.category", 14, line -> line.category() == null ? line.categoryKey() : line.category().in(locale)),
                column("record.status", 10, line -> text("enum.ProjectStatus." + line.status())),
                column("record.grade", 10, line -> named(line.grade())),
                column("record.total", 10, RecordLine::total),
                column("enum.ChannelKind." + ChannelKind.SELF, 12, RecordLine::selfScore),
                column("enum.ChannelKind." + ChannelKind.PUBLIC, 12, RecordLine::publicScore),
                column("enum.ChannelKind." + ChannelKind.ORGANISATIONAL, 12, RecordLine::organisationalScore),
                column("record.prizes", 20, line -> prizes(line.prizes())),
                column("record.awardFunds", 14, line -> line.prizes().isEmpty() ? null : line.awardFunds()),
                column("record.granted", 14, RecordLine::granted),
                column("record.spent", 14, RecordLine::spent));
        List<Object> footer = List.of(text("record.sums.projects", sums.projects()), "", "",
                text("record.sums.graded", sums.graded()), sums.meanTotal() == null ? "" : sums.meanTotal(), "", "", "",
                text("record.sums.prizes", sums.prizes()), sums.awardFunds(), sums.granted(), sums.spent());
        write(text("record.sheet", record.year()), columns, record.projects(), footer, out);
    }

    /** 一等奖（市级）；三等奖 */
    private String prizes(List<Prize> prizes) {
        return prizes.stream().map(prize -> text("enum.AwardTier." + prize.tier()) + (prize.host() ? text("record.prize.city") : ""))
                .collect(Collectors.joining(text("record.prize.separator")));
    }

    private String named(Name name) {
        return name == null ? null : name.in(locale);
    }

    private <T> void write(String sheetKey, List<Column<T>> columns, List<T> rows, OutputStream out) throws IOException {
        write(text(sheetKey), columns, rows, null, out);
    }

    private <T> void write(String sheetName, List<Column<T>> columns, List<T> rows, List<Object> footer, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
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
                    put(line.createCell(c), columns.get(c).value().apply(row), date, decimal);
                }
            }
            if (footer != null) {
                Row line = sheet.createRow(r);
                for (int c = 0; c < footer.size(); c++) {
                    put(line.createCell(c), footer.get(c), date, decimal);
                }
            }
            workbook.write(out);
        }
    }

    private static void put(Cell cell, Object value, CellStyle date, CellStyle decimal) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(decimal);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    private static <T> Column<T> column(String headerKey, int width, Function<T, Object> value) {
        return new Column<>(headerKey, width, value);
    }

    /** A column: its header, its width in characters, and what it shows of a row. */
    private record Column<T>(String headerKey, int width, Function<T, Object> value) {
    }
}
