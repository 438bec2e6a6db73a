package org.gongjian.web.tenant.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.BudgetLine;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Declaration.Step;
import org.junit.jupiter.api.Test;

class DeclarationFormTest {

    private static final Declaration SAVED = new Declaration("社区议事厅", "innovation", "停车难", "议事厅", "居民议事",
            List.of(new Step("建成议事厅", LocalDate.of(2026, 6, 30)), new Step(null, null)),
            List.of(new BudgetLine("桌椅", new BigDecimal("1500")), new BudgetLine("宣传", new BigDecimal("200.5"))),
            "项目小组", List.of(new Goal("g1", "解决社区难题", new BigDecimal("20"), "个"), new Goal("g3", "议事活动", null, "场")));

    @Test
    void aSavedDeclarationComesBackUnchangedWithItsGoalKeysAndHalfFilledRows() {
        assertEquals(SAVED, DeclarationForm.of(SAVED).toDeclaration());
    }

    @Test
    void aRemovedGoalTakesItsKeyAlongAndANewGoalHasNoKeyUntilSaved() {
        DeclarationForm form = DeclarationForm.of(SAVED);
        form.removeGoal(form.getGoals().get(0));
        form.addGoal();
        List<Goal> goals = form.toDeclaration().goals();
        assertEquals(List.of("g3"), goals.stream().limit(1).map(Goal::key).toList());
        assertNull(goals.get(1).key());
    }

    @Test
    void theBudgetTotalIsInYuanWithTwoPlacesCountingMissingAmountsAsNothing() {
        DeclarationForm form = DeclarationForm.of(SAVED);
        assertEquals(new BigDecimal("1700.50"), form.getBudgetTotal());
        form.addBudgetLine();
        form.getBudget().get(2).setItem("场地");
        assertEquals(new BigDecimal("1700.50"), form.getBudgetTotal());
        form.removeBudgetLine(form.getBudget().get(0));
        assertEquals(new BigDecimal("200.50"), form.getBudgetTotal());
    }

    @Test
    void aNewDeclarationStartsWithOneEmptyRowInEachTable() {
        Declaration blank = DeclarationForm.blank().toDeclaration();
        assertEquals(List.of(new Step(null, null)), blank.steps());
        assertEquals(List.of(new BudgetLine(null, null)), blank.budget());
        assertEquals(List.of(new Goal(null, null, null, null)), blank.goals());
        assertEquals(new BigDecimal("0.00"), DeclarationForm.blank().getBudgetTotal());
    }
}
