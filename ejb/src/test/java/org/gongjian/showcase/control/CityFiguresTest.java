package org.gongjian.showcase.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.gongjian.showcase.entity.Edition.FigureRow;
import org.gongjian.showcase.entity.Edition.YearFigures;
import org.junit.jupiter.api.Test;

class CityFiguresTest {

    @Test
    void theCityAddsUpTheTenantsFiguresCategoriesByTheirChineseName() {
        YearFigures a = new YearFigures(3, List.of(new FigureRow("innovation", "创新探索型", "Innovation", 2),
                new FigureRow("model", "典型示范型", "Model", 1)), List.of(new FigureRow("ACCEPTED", null, null, 3)), 4, 3,
                new BigDecimal("320"), new BigDecimal("5000.00"), new BigDecimal("1200.50"));
        YearFigures b = new YearFigures(2, List.of(new FigureRow("inno", "创新探索型", null, 2)),
                List.of(new FigureRow("ACCEPTED", null, null, 1), new FigureRow("SUBMITTED", null, null, 1)), 2, 0,
                new BigDecimal("33162"), BigDecimal.ZERO, new BigDecimal("0.50"));

        YearFigures city = CityFigures.sum(List.of(a, b));

        assertEquals(5, city.projects());
        assertEquals(List.of(4L, 1L), city.byCategory().stream().map(FigureRow::count).toList());
        assertEquals(List.of("创新探索型", "典型示范型"), city.byCategory().stream().map(FigureRow::zh).toList());
        assertEquals(List.of("ACCEPTED:4", "SUBMITTED:1"), city.byStatus().stream().map(r -> r.key() + ":" + r.count()).toList());
        assertEquals(List.of(6L, 3L), List.of(city.goals(), city.goalsAchieved()));
        assertEquals(new BigDecimal("33482"), city.peopleReached());
        assertEquals(new BigDecimal("5000.00"), city.fundsGranted());
        assertEquals(new BigDecimal("1201.00"), city.fundsSpent());
    }
}
