package org.gongjian.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import org.gongjian.platform.BusinessException;
import org.gongjian.web.faces.Messages;
import org.junit.jupiter.api.Test;

class FigureLinesTest {

    @Test
    void aYearIsFourDigitsAndNoneMeansThisYearInChina() {
        assertEquals(2026, FigureLines.year(" 2026 "));
        assertEquals(Year.now(Messages.SHOWN_ZONE).getValue(), FigureLines.year(null));
        assertEquals(Year.now(Messages.SHOWN_ZONE).getValue(), FigureLines.year(""));
    }

    @Test
    void anythingElseIsRefusedByNameAndALongInputIsCutInTheMessage() {
        BusinessException refused = assertThrows(BusinessException.class, () -> FigureLines.year("２０２６"));
        assertEquals("dashboard.year.invalid", refused.key());
        assertThrows(BusinessException.class, () -> FigureLines.year("-2026"));
        assertThrows(BusinessException.class, () -> FigureLines.year("20261"));
        BusinessException long_ = assertThrows(BusinessException.class, () -> FigureLines.year("9".repeat(5000)));
        assertEquals("9".repeat(20) + "…", long_.arguments()[0]);
    }

    @Test
    void eachFigureLinksToTheListThatShowsTheSameRows() {
        assertEquals("projects/index?year=2026&status=UNDERWAY", FigureLines.link("live", 2026));
        assertEquals("projects/index?year=2026&approved=true", FigureLines.link("approvals", 2026));
        assertEquals("projects/overdue?year=2026&signal=RED", FigureLines.link("overdue", 2026));
        assertEquals("evaluation/year?year=2026", FigureLines.link("sheetsIn", 2026));
        assertEquals("bids/index?year=2026&status=SUBMITTED", FigureLines.link("entries", 2026));
    }
}
