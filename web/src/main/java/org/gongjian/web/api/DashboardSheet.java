package org.gongjian.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.dashboard.boundary.Count;
import org.gongjian.dashboard.boundary.YearFigures;
import org.gongjian.web.dashboard.FigureLines;
import org.gongjian.web.faces.Messages;

/**
 * A year's figures as a workbook: a row per figure with a column per tenant (and the totals when
 * there are several), then the projects by category; every figure a numeric cell.
 */
final class DashboardSheet {

    private final Locale locale;

    DashboardSheet(Locale locale) {
        this.locale = locale;
    }

    void write(int year, List<YearFigures> columns, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(Messages.text(locale, "dashboard.sheet", year));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle yuan = workbook.createCellStyle();
            yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            sheet.setColumnWidth(0, 24 * 256);
            Row head = sheet.createRow(0);
            text(head.createCell(0), Messages.text(locale, "dashboard.host.figure"), bold);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c + 1, 16 * 256);
                YearFigures figures = columns.get(c);
                text(head.createCell(c + 1), figures.tenantName() == null ? Messages.text(locale, "dashboard.host.total")
                        : figures.tenantName().in(locale), bold);
            }
            int r = 1;
            for (String key : FigureLines.KEYS) {
                Row row = sheet.createRow(r++);
                text(row.createCell(0), Messages.text(locale, "dashboard.figure." + key), null);
                for (int c = 0; c < columns.size(); c++) {
                    Number value = FigureLines.of(columns.get(c)).stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().value();
                    Cell cell = row.createCell(c + 1);
                    cell.setCellValue(FigureLines.decimal(value).doubleValue());
                    cell.setCellStyle(value instanceof BigDecimal ? yuan : whole);
                }
            }
            r++;
            Row categoryHead = sheet.createRow(r++);
            text(categoryHead.createCell(0), Messages.text(locale, "dashboard.chart.category"), bold);
            List<Count> categories = columns.get(columns.size() - 1).byCategory();
            for (Count category : categories) {
                Row row = sheet.createRow(r++);
                text(row.createCell(0), category.name() == null ? category.key() : category.name().in(locale), null);
                for (int c = 0; c < columns.size(); c++) {
                    long count = columns.get(c).byCategory().stream().filter(k -> k.key().equals(category.key())).mapToLong(Count::count).sum();
                    Cell cell = row.createCell(c + 1);
                    cell.setCellValue(count);
                    cell.setCellStyle(whole);
                }
            }
            workbook.write(out);
        }
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
