package org.gongjian.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.platform.BusinessException.Reason;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.Goal;
import org.junit.jupiter.api.Test;

class GoalFiguresTest {

    private static final Declaration DECLARED = new Declaration("议事厅", "innovation", "i", "c", "m", List.of(), List.of(), "s",
            List.of(new Goal("g1", "解决难题", new BigDecimal("20"), "个"), new Goal("g2", "服务群众", new BigDecimal("500"), "人次")));

    @Test
    void keepsTheFiguresGivenAndLeavesBlankGoalsOut() {
        Map<String, BigDecimal> given = new HashMap<>();
        given.put("g1", new BigDecimal("12"));
        given.put("g2", null);
        List<Reason> reasons = new ArrayList<>();
        assertEquals(Map.of("g1", new BigDecimal("12")), GoalFigures.checked(DECLARED, given, reasons));
        assertEquals(List.of(), reasons);
    }

    @Test
    void refusesANegativeFigureAndAGoalTheDeclarationDoesNotHave() {
        List<Reason> reasons = new ArrayList<>();
        GoalFigures.checked(DECLARED, Map.of("g1", new BigDecimal("-1"), "g9", BigDecimal.ONE), reasons);
        assertEquals(2, reasons.size());
        assertEquals(List.of("figure.goal.unknown", "figure.negative"), reasons.stream().map(Reason::key).sorted().toList());
        assertEquals(List.of("解决难题", new BigDecimal("-1")),
                reasons.stream().filter(r -> r.key().equals("figure.negative")).findFirst().orElseThrow().arguments());
    }
}
