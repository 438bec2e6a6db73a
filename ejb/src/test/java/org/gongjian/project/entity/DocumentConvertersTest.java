package org.gongjian.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongjian.project.entity.Declaration.BudgetLine;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Declaration.Step;
import org.gongjian.project.entity.Responsibility.TeamMember;
import org.junit.jupiter.api.Test;

class DocumentConvertersTest {

    private static final Declaration PLAN = new Declaration("邻里议事厅", "innovation", "矛盾多", "建设议事厅", "每月议事",
            List.of(new Step("调研", LocalDate.of(2026, 4, 1))), List.of(new BudgetLine("桌椅", new BigDecimal("1500.50"))),
            "书记牵头", List.of(new Goal("g1", "解决社区难题", new BigDecimal("20"), "个")));

    @Test
    void aDeclarationComesBackAsItWasStored() {
        DeclarationConverter converter = new DeclarationConverter();
        String stored = converter.convertToDatabaseColumn(PLAN);
        assertEquals(PLAN, converter.convertToEntityAttribute(stored));
    }

    @Test
    void readsTheJsonAlreadyStoredBeforeTheConverterExisted() {
        String stored = "{\"budget\":[{\"amount\":3000.00,\"item\":\"宣传\"}],\"categoryKey\":\"innovation\","
                + "\"goals\":[{\"description\":\"办结难题\",\"key\":\"g1\",\"target\":10,\"unit\":\"个\"}],"
                + "\"steps\":[{\"description\":\"调研\",\"due\":\"2026-04-01\"}],\"title\":\"议事厅\"}";
        Declaration read = new DeclarationConverter().convertToEntityAttribute(stored);
        assertEquals("议事厅", read.title());
        assertEquals(LocalDate.of(2026, 4, 1), read.steps().get(0).due());
        assertEquals(0, new BigDecimal("3000").compareTo(read.budgetTotal()));
        assertEquals("g1", read.goals().get(0).key());
    }

    @Test
    void noDeclarationReadsAsAnEmptyOneAndIsStoredAsOne() {
        DeclarationConverter converter = new DeclarationConverter();
        assertEquals(Declaration.empty(), converter.convertToEntityAttribute(null));
        assertEquals(Declaration.empty(), converter.convertToEntityAttribute(converter.convertToDatabaseColumn(null)));
    }

    @Test
    void responsibilityRoundTripsAndIsNoneBeforeItIsFixed() {
        ResponsibilityConverter converter = new ResponsibilityConverter();
        Responsibility team = new Responsibility("陈建华", "王秀英", List.of(new TeamMember("李敏", "议事会主持")));
        assertEquals(team, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(team)));
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void figuresAreAnObjectFromGoalKeyToNumber() {
        FiguresConverter converter = new FiguresConverter();
        Figures figures = new Figures(Map.of("g1", new BigDecimal("8"), "g2", new BigDecimal("2.5")));
        String stored = converter.convertToDatabaseColumn(figures);
        assertEquals("{\"g1\":8,\"g2\":2.5}", stored);
        assertEquals(figures, converter.convertToEntityAttribute(stored));
        assertEquals(Map.of(), converter.convertToEntityAttribute("{}").byGoal());
    }

    @Test
    void aStoredDocumentIsReadOnlyAsItsOwnKind() {
        ProjectDocument declaration = ProjectDocument.declaration(1L, 1, PLAN, "admin");
        assertEquals(PLAN, declaration.declaration());
        assertThrows(IllegalStateException.class, declaration::closure);
        Closure closure = new Closure("完成", Map.of("g1", new BigDecimal("21")));
        assertEquals(closure, ProjectDocument.closure(1L, 1, closure, "unit").closure());
    }
}
