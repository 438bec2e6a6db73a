package org.gongjian.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows as one sheet of an Excel workbook, the way every export of the portal looks: a bold,
 * frozen header row; numbers as numeric cells (money in yuan with a ¥ format, points with two
 * decimals), dates as date cells, and whatever people typed as text cells, so that a text starting
 * with =, +, - or @ is shown as written and never taken for a formula. Columns are as wide as their
 * longest value, a Chinese character counting twice.
 */
final class SheetWriter {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Rows kept in memory while the rest goes to a temporary file: a long list never fills the heap. */
    private static final int WINDOW = 200;
    /** Rows looked at to size the columns; a longer list keeps the widths of its first rows. */
    private static final int MEASURED_ROWS = 1000;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    /** How a column's values are written. */
    enum Kind {
        TEXT(null), COUNT("0"), MONEY("\"¥\"#,##0.00"), POINTS("0.00"), DATE("yyyy-mm-dd"), MOMENT("yyyy-mm-dd hh:mm");

        private final String format;

        Kind(String format) {
            this.format = format;
        }
    }

    /** A column: its header as shown, how its values are written, and what it shows of a row (null: an empty cell). */
    record Column<T>(String header, Kind kind, Function<T, ?> value) {
    }

    private SheetWriter() {
    }

    static <T> Column<T> text(String header, Function<T, ?> value) {
        return new Column<>(header, Kind.TEXT, value);
    }

    static <T> Column<T> count(String header, Function<T, ? extends Number> value) {
        return new Column<>(header, Kind.COUNT, value);
    }

    static <T> Column<T> money(String header, Function<T, BigDecimal> value) {
        return new Column<>(header, Kind.MONEY, value);
    }

    static <T> Column<T> points(String header, Function<T, BigDecimal> value) {
        return new Column<>(header, Kind.POINTS, value);
    }

    static <T> Column<T> date(String header, Function<T, LocalDate> value) {
        return new Column<>(header, Kind.DATE, value);
    }

    static <T> Column<T> moment(String header, Function<T, OffsetDateTime> value) {
        return new Column<>(header, Kind.MOMENT, value);
    }

    static <T> void write(String sheetName, List<Column<T>> columns, List<T> rows, OutputStream out) throws IOException {
        write(sheetName, columns, rows, List.of(), out);
    }

    /**
     * Writes the sheet, then the footer rows (sums and the like): a footer value that is a text is
     * written as text whatever its column, a number with its column's format.
     */
    static <T> void write(String sheetName, List<Column<T>> columns, List<T> rows, List<? extends List<?>> footer, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle[] styles = new CellStyle[Kind.values().length];
            for (Kind kind : Kind.values()) {
                CellStyle style = workbook.createCellStyle();
                if (kind.format != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(kind.format));
                }
                styles[kind.ordinal()] = style;
            }
            CellStyle literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                sheet.setColumnWidth(c, width(column, rows) * 256);
                Cell cell = head.createCell(c);
                cell.setCellValue(column.header());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (T row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    put(line.createCell(c), columns.get(c).value().apply(row), columns.get(c).kind(), styles, literal);
                }
            }
            for (List<?> values : footer) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    put(line.createCell(c), values.get(c), c < columns.size() ? columns.get(c).kind() : Kind.TEXT, styles, literal);
                }
            }
            workbook.write(out);
        }
    }

    private static void put(Cell cell, Object value, Kind kind, CellStyle[] styles, CellStyle literal) {
        if (value == null) {
            return;
        }
        if (value instanceof CharSequence || value instanceof Enum<?> || kind == Kind.TEXT && !(value instanceof Number)) {
            String text = value.toString();
            if (text.isEmpty()) {
                return;
            }
            cell.setCellValue(text);
            if (looksLikeFormula(text)) {
                cell.setCellStyle(literal);
            }
        } else if (value instanceof Number number) {
            cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
            cell.setCellStyle(styles[(kind == Kind.TEXT ? Kind.COUNT : kind).ordinal()]);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles[Kind.DATE.ordinal()]);
        } else if (value instanceof OffsetDateTime moment) {
            cell.setCellValue(moment.atZoneSameInstant(CHINA).toLocalDateTime());
            cell.setCellStyle(styles[Kind.MOMENT.ordinal()]);
        } else {
            throw new IllegalArgumentException("No cell for a " + value.getClass().getSimpleName());
        }
    }

    /**
     * A spreadsheet program would read such a text as a formula once someone edits the cell: the cell's
     * style says it is text.
     */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static <T> int width(Column<T> column, List<T> rows) {
        int widest = shownWidth(column.header());
        for (T row : rows.subList(0, Math.min(rows.size(), MEASURED_ROWS))) {
            Object value = column.value().apply(row);
            if (value != null) {
                widest = Math.max(widest, switch (column.kind()) {
                    case MONEY -> shownWidth(value.toString()) + 4;
                    case DATE -> 10;
                    case MOMENT -> 16;
                    default -> shownWidth(value.toString());
                });
            }
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 2));
    }

    /** The width of a text in the sheet's character units: a Chinese (full-width) character takes two. */
    static int shownWidth(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && Character.isIdeographic(c) || c >= 0x3000 && c <= 0xFFEF ? 2 : 1).sum();
    }
}
