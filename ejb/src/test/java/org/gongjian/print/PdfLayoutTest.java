package org.gongjian.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

    final PdfLayout pdf = new PdfLayout(Wording.of(Locale.SIMPLIFIED_CHINESE), "test");

    @AfterEach
    void close() {
        pdf.close();
    }

    @Test
    void chineseBreaksBetweenCharactersButNeverBeforeClosingPunctuation() {
        String text = "组织党员志愿者，开展楼道议事会。".repeat(12);
        float width = pdf.width("组织党员志愿者", PdfLayout.BODY) + 1;

        List<String> lines = pdf.wrap(text, PdfLayout.BODY, width);

        assertEquals(text, String.join("", lines), "nothing dropped, nothing added");
        for (String line : lines) {
            assertFalse(line.startsWith("，") || line.startsWith("。"), line);
            assertTrue(pdf.width(line, PdfLayout.BODY) <= width + pdf.width("，", PdfLayout.BODY), line);
        }
    }

    @Test
    void latinBreaksAtSpacesAndKeepsWordsWhole() {
        String text = "Volunteers from the Riverside Community Centre join every meeting";
        float width = pdf.width("Volunteers from the", PdfLayout.BODY) + 1;

        List<String> lines = pdf.wrap(text, PdfLayout.BODY, width);

        assertEquals("Volunteers from the", lines.get(0));
        assertEquals(text, String.join(" ", lines), "broken only at spaces, every word whole");
        assertTrue(lines.size() > 2);
        lines.forEach(line -> assertTrue(pdf.width(line, PdfLayout.BODY) <= width, line));
    }

    @Test
    void lineBreaksInTheTextStartNewLinesAndKeepEmptyOnes() {
        assertEquals(List.of("第一段", "", "第二段"), pdf.wrap("第一段\r\n\r\n第二段", PdfLayout.BODY, 400));
    }

    @Test
    void aWordWiderThanTheLineIsSplitRatherThanCut() {
        String word = "https://example.org/" + "x".repeat(120);

        List<String> lines = pdf.wrap(word, PdfLayout.BODY, 100);

        assertTrue(lines.size() > 1);
        assertEquals(word, String.join("", lines));
    }
}
