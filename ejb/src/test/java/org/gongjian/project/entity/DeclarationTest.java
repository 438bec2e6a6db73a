package org.gongjian.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongjian.platform.BusinessException.Reason;
import org.gongjian.project.entity.Declaration.BudgetLine;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Declaration.Step;
import org.junit.jupiter.api.Test;

class DeclarationTest {

    static Declaration complete() {
        return new Declaration("一居一品", "innovation", "居民议事难", "建立议事厅", "每月一议",
                List.of(new Step("调研", LocalDate.of(2026, 4, 30))),
                List.of(new BudgetLine("场地改造", new BigDecimal("12000.50")), new BudgetLine("宣传", new BigDecimal("800"))),
                "支部书记牵头", List.of(new Goal("g1", "解决社区难题", new BigDecimal("20"), "个")));
    }

    private static List<String> keys(List<Reason> reasons) {
        return reasons.stream().map(Reason::key).toList();
    }

    @Test
    void aCompleteDeclarationHasNoProblemsAndTotalsItsBudget() {
        assertEquals(List.of(), complete().completenessProblems(Set.of("innovation")));
        assertEquals(new BigDecimal("12800.50"), complete().budgetTotal());
    }

    @Test
    void anEmptyDraftIsFineToKeepButNamesEverythingMissingOnSubmission() {
        Declaration empty = Declaration.empty();
        assertEquals(List.of(), empty.formatProblems());
        List<String> missing = keys(empty.completenessProblems(Set.of("innovation")));
        assertEquals(List.of("project.field.required", "declaration.category.required", "project.field.required",
                "project.field.required", "project.field.required", "project.field.required", "declaration.steps.required",
                "declaration.budget.required", "declaration.goals.required"), missing);
    }

    @Test
    void aCategoryOutsideTheYearsConfigurationIsRefused() {
        assertEquals(List.of("declaration.category.required"), keys(complete().completenessProblems(Set.of("brand"))));
    }

    @Test
    void incompleteRowsAreNamedByPosition() {
        Declaration rows = new Declaration("t", "innovation", "i", "c", "m",
                List.of(new Step("调研", LocalDate.of(2026, 4, 30)), new Step("", null)),
                List.of(new BudgetLine("场地", null)), "s", List.of(new Goal(null, "服务群众", null, "人次")));
        List<Reason> reasons = rows.completenessProblems(Set.of("innovation"));
        assertEquals(List.of("declaration.step.incomplete", "declaration.budgetLine.incomplete", "declaration.goal.incomplete"), keys(reasons));
        assertEquals(List.of(2), reasons.get(0).arguments());
    }

    @Test
    void moneyBeyondFenAndNonPositiveTargetsAreRefusedEvenInADraft() {
        Declaration draft = new Declaration("t", null, null, null, null, List.of(),
                List.of(new BudgetLine("宣传", new BigDecimal("10.005")), new BudgetLine("场地", new BigDecimal("-1"))),
                null, List.of(new Goal(null, "服务", BigDecimal.ZERO, "人次")));
        assertEquals(List.of("money.fen", "money.negative", "declaration.goal.target"), keys(draft.formatProblems()));
    }

    @Test
    void overlongTextsAreRefusedWithTheFieldAndLimit() {
        Declaration draft = new Declaration("名".repeat(201), null, null, null, null, null, null, null, null);
        Reason reason = draft.formatProblems().get(0);
        assertEquals("text.tooLong", reason.key());
        assertEquals(List.of(Field.TITLE, 200), reason.arguments());
        assertTrue(draft.goals().isEmpty());
    }

    @Test
    void controlCharactersAreRefusedNamingTheFieldAndLineBreaksOnlyInMultiLineFields() {
        Declaration draft = new Declaration("标题\u0000", null, "第一段\n第二段", "内容\u001b", null,
                List.of(new Step("步骤\n二", null)), null, null, null);
        List<Reason> reasons = draft.formatProblems();
        assertEquals(List.of("text.control", "text.control", "text.control"), keys(reasons));
        assertEquals(List.of(List.of(Field.TITLE), List.of(Field.CONTENT), List.of(Field.STEP)),
                reasons.stream().map(Reason::arguments).toList());
    }

    @Test
    void hostileAmountsAndTargetsAreRefusedEvenInADraft() {
        Declaration draft = new Declaration("t", null, null, null, null, List.of(),
                List.of(new BudgetLine("宣传", new BigDecimal("1e-999999999")), new BudgetLine("场地", new BigDecimal("1e999999999"))),
                null, List.of(new Goal(null, "服务", new BigDecimal("9".repeat(10_000)), "人次")));
        assertEquals(List.of("money.fen", "money.tooLarge", "figure.digits"), keys(draft.formatProblems()));
    }

    @Test
    void goalsKeepTheirKeysAcrossVersionsAndNewOnesGetKeysNeverUsedBefore() {
        Declaration first = new Declaration("t", "c", null, null, null, null, null, null, List.of(
                new Declaration.Goal(null, "甲", null, null), new Declaration.Goal("x", "乙", null, null)))
                .keyedAfter(Declaration.empty());
        assertEquals(List.of("g1", "g2"), first.goals().stream().map(Declaration.Goal::key).toList());
        Declaration second = new Declaration("t", "c", null, null, null, null, null, null, List.of(
                new Declaration.Goal("g2", "乙", null, null), new Declaration.Goal("g2", "丙", null, null),
                new Declaration.Goal(null, "丁", null, null))).keyedAfter(first);
        assertEquals(List.of("g2", "g3", "g4"), second.goals().stream().map(Declaration.Goal::key).toList());
    }
}
