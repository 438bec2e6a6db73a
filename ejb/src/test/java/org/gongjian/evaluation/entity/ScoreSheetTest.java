package org.gongjian.evaluation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.EvaluationScheme;
import org.gongjian.tenantconfig.MissingChannel;
import org.gongjian.tenantconfig.Name;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("benefit", new Name("经济社会效益", null), new BigDecimal("60"), 100),
            new Criterion("innovation", new Name("机制创新", null), new BigDecimal("40"), 10));

    @Test
    void everyCriterionGetsPointsWithinItsScale() {
        ScoreSheet sheet = ScoreSheet.self(evaluation(), 7, "unit");
        sheet.fill(CRITERIA, form("benefit", "85.5", "innovation", "10"));
        assertEquals(Map.of("benefit", new BigDecimal("85.50"), "innovation", new BigDecimal("10.00")), sheet.points());
    }

    @Test
    void refusesMissingUnknownRepeatedAndOffScalePoints() {
        ScoreSheet sheet = ScoreSheet.self(evaluation(), 7, "unit");
        assertRefused(sheet, "evaluation.points.required", form("benefit", "80"));
        assertRefused(sheet, "evaluation.points.unknown", form("benefit", "80", "innovation", "5", "luck", "1"));
        assertRefused(sheet, "evaluation.points.repeated", form("benefit", "80", "benefit", "81", "innovation", "5"));
        assertRefused(sheet, "evaluation.points.range", form("benefit", "100.01", "innovation", "5"));
        assertRefused(sheet, "evaluation.points.range", form("benefit", "-1", "innovation", "5"));
        assertRefused(sheet, "evaluation.points.range", form("benefit", "80.005", "innovation", "5"));
        assertRefused(sheet, "evaluation.points.range", form("benefit", "1e-999999999", "innovation", "5"));
        assertRefused(sheet, "evaluation.points.range", form("benefit", "1e999999999", "innovation", "5"));
        assertEquals(Map.of(), sheet.points(), "a refused form changes nothing");
    }

    @Test
    void onlyEvaluatorsKeepTheFourNotes() {
        SheetForm notes = new SheetForm(form("benefit", "80", "innovation", "5").points(), "说明", "听", "看", "查", "问");
        ScoreSheet own = ScoreSheet.self(evaluation(), 7, "unit");
        own.fill(CRITERIA, notes);
        assertNull(own.getListened());
        ScoreSheet evaluator = ScoreSheet.organisational(evaluation(), 7, 3, "evaluator");
        evaluator.fill(CRITERIA, notes);
        assertEquals(List.of("听", "看", "查", "问"), List.of(evaluator.getListened(), evaluator.getLooked(), evaluator.getChecked(),
                evaluator.getAsked()));
    }

    @Test
    void aClosedEvaluationTakesNoNewSheets() {
        Evaluation evaluation = evaluation();
        evaluation.close("admin", OffsetDateTime.now());
        assertThrows(ConflictException.class, () -> ScoreSheet.organisational(evaluation, 7, 3, "evaluator"));
        assertThrows(ConflictException.class, () -> evaluation.close("admin", OffsetDateTime.now()));
    }

    private static void assertRefused(ScoreSheet sheet, String key, SheetForm form) {
        BusinessException refused = assertThrows(BusinessException.class, () -> sheet.fill(CRITERIA, form));
        assertEquals(key, refused.key());
    }

    private static SheetForm form(String... pairs) {
        List<CriterionPoints> points = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            points.add(new CriterionPoints(pairs[i], new BigDecimal(pairs[i + 1])));
        }
        return SheetForm.of(points, null);
    }

    static Evaluation evaluation() {
        Evaluation evaluation = new Evaluation(2026, 1, new EvaluationScheme(List.of(), CRITERIA, List.of(), MissingChannel.NO_GRADE), "admin");
        try {
            Field id = Evaluation.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(evaluation, 11L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return evaluation;
    }
}
