package org.gongjian.web.api;

import static org.gongjian.web.api.SheetWriter.count;
import static org.gongjian.web.api.SheetWriter.date;
import static org.gongjian.web.api.SheetWriter.moment;
import static org.gongjian.web.api.SheetWriter.money;
import static org.gongjian.web.api.SheetWriter.points;
import static org.gongjian.web.api.SheetWriter.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.web.api.SheetWriter.Column;
import org.junit.jupiter.api.Test;

class SheetWriterTest {

    record Line(String title, int people, BigDecimal funds, BigDecimal score, LocalDate due, OffsetDateTime at) {
    }

    static final List<Column<Line>> COLUMNS = List.of(
            text("项目名称", Line::title), count("服务人数", Line::people), money("拨付经费", Line::funds),
            points("总分", Line::score), date("完成时限", Line::due), moment("最近变动", Line::at));

    @Test
    void numbersAreNumericCellsWithTheirFormatsAndDatesAreDates() throws IOException {
        Line garden = new Line("屋顶花园共建", 33162, new BigDecimal("25000.50"), new BigDecimal("91.37"), LocalDate.of(2026, 7, 1),
                OffsetDateTime.of(2026, 6, 30, 16, 30, 0, 0, ZoneOffset.UTC));
        try (XSSFWorkbook book = written("2026 年度立项清单", List.of(garden), List.of())) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("2026 年度立项清单", sheet.getSheetName());
            Row row = sheet.getRow(1);
            DataFormatter shown = new DataFormatter();
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            for (int c = 1; c <= 5; c++) {
                assertEquals(CellType.NUMERIC, row.getCell(c).getCellType(), "column " + c);
            }
            assertEquals(33162, row.getCell(1).getNumericCellValue());
            assertEquals(25000.50, row.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("¥25,000.50", shown.formatCellValue(row.getCell(2)));
            assertEquals("91.37", shown.formatCellValue(row.getCell(3)));
            assertEquals(LocalDate.of(2026, 7, 1).atStartOfDay(), row.getCell(4).getLocalDateTimeCellValue());
            assertEquals("2026-07-01", shown.formatCellValue(row.getCell(4)));
            assertEquals(LocalDateTime.of(2026, 7, 1, 0, 30), row.getCell(5).getLocalDateTimeCellValue(), "in China's time");
        }
    }

    @Test
    void whatPeopleTypedStaysTextEvenWhenItLooksLikeAFormula() throws IOException {
        List<Line> typed = List.of("=1+1", "+86 138 0000 0000", "-5", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"点我\")").stream()
                .map(title -> new Line(title, 1, null, null, null, null)).toList();
        try (XSSFWorkbook book = written("清单", typed, List.of())) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= typed.size(); r++) {
                Cell cell = sheet.getRow(r).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType(), typed.get(r - 1).title());
                assertEquals(typed.get(r - 1).title(), cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "edited, it stays text: " + cell.getStringCellValue());
                assertEquals(CellType.BLANK, sheet.getRow(r).getCell(2).getCellType(), "no amount, no figure");
            }
        }
        assertFalse(SheetWriter.looksLikeFormula("社区=家"));
        assertFalse(SheetWriter.looksLikeFormula(""));
    }

    @Test
    void theHeaderIsBoldAndFrozenAndColumnsFitChineseText() throws IOException {
        Line longTitle = new Line("老旧小区加装电梯与楼道微更新联合共建项目", 1, BigDecimal.ONE, null, null, null);
        try (XSSFWorkbook book = written("清单", List.of(longTitle), List.of())) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals("项目名称", sheet.getRow(0).getCell(0).getStringCellValue());
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, "the header row stays in view");
            assertEquals((20 * 2 + 2) * 256, sheet.getColumnWidth(0), "twenty Chinese characters take forty columns");
            assertEquals((4 * 2 + 2) * 256, sheet.getColumnWidth(1), "as wide as its header");
        }
        assertEquals(8, SheetWriter.shownWidth("项目名称"));
        assertEquals(4, SheetWriter.shownWidth("A，B"), "a full-width comma counts twice");
    }

    @Test
    void aFooterWritesTextAsTextAndNumbersInTheirColumnsFormat() throws IOException {
        try (XSSFWorkbook book = written("清单", List.of(), List.of(List.of("合计 0 个项目", "", new BigDecimal("1234.50"))))) {
            Row footer = book.getSheetAt(0).getRow(1);
            assertEquals("合计 0 个项目", footer.getCell(0).getStringCellValue());
            assertEquals(CellType.BLANK, footer.getCell(1).getCellType());
            assertEquals("¥1,234.50", new DataFormatter().formatCellValue(footer.getCell(2)));
        }
    }

    @Test
    void aSheetNameExcelRefusesIsMadeSafe() throws IOException {
        try (XSSFWorkbook book = written("项目/台账:2026 年度[全部]", List.of(), List.of())) {
            assertEquals("项目 台账 2026 年度 全部 ", book.getSheetAt(0).getSheetName());
        }
    }

    private static XSSFWorkbook written(String name, List<Line> lines, List<? extends List<?>> footer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter.write(name, COLUMNS, lines, footer, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
