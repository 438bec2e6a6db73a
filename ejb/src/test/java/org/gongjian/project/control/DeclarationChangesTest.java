package org.gongjian.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.Goal;
import org.junit.jupiter.api.Test;

class DeclarationChangesTest {

    private static Declaration with(String title, List<Goal> goals) {
        return new Declaration(title, "innovation", "i", "c", "m", List.of(), List.of(), "s", goals);
    }

    @Test
    void namesChangedTextsAndGoalsByTheirKey() {
        Declaration before = with("议事厅", List.of(new Goal("g1", "解决难题", new BigDecimal("20"), "个"),
                new Goal("g2", "服务群众", new BigDecimal("500"), "人次")));
        Declaration after = with("议事厅（修订）", List.of(new Goal("g2", "服务群众", new BigDecimal("800"), "人次"),
                new Goal("g3", "培育品牌", new BigDecimal("2"), "个")));
        assertEquals(List.of(
                new Change("title", "议事厅", "议事厅（修订）"),
                new Change("goal g1", "解决难题 · 20 个", null),
                new Change("goal g2", "服务群众 · 500 人次", "服务群众 · 800 人次"),
                new Change("goal g3", null, "培育品牌 · 2 个")), DeclarationChanges.between(before, after));
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        Declaration same = with("议事厅", List.of());
        assertEquals(List.of(), DeclarationChanges.between(same, with(" 议事厅 ", List.of())));
    }
}
