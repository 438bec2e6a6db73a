package org.gongjian.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantConfigurationTest {

    private static final Category INNOVATION = category("innovation", "创新探索型");
    private static final Category DEMONSTRATION = category("demonstration", "典型示范型");

    @Test
    void validConfigurationHasNoProblems() {
        assertEquals(List.of(), configuration(List.of(INNOVATION, DEMONSTRATION)).problems());
    }

    @Test
    void repeatedCategoryKeyIsRefused() {
        Problem problem = only(configuration(List.of(INNOVATION, category("innovation", "典型示范型"))).categoryProblems());
        assertEquals("config.key.repeated", problem.key());
        assertEquals("categories", problem.path());
        assertEquals(List.of("innovation"), problem.arguments());
    }

    @Test
    void repeatedChineseCategoryNameIsRefusedEvenWithSpacesAround() {
        Problem problem = only(configuration(List.of(INNOVATION, category("exploration", " 创新探索型 "))).categoryProblems());
        assertEquals("config.name.repeated", problem.key());
        assertEquals("categories[1].name.zh", problem.path());
        assertEquals(List.of("创新探索型"), problem.arguments());
    }

    @Test
    void configurationWithoutCategoriesIsRefused() {
        Problem problem = only(configuration(List.of()).categoryProblems());
        assertEquals("config.categories.count", problem.key());
        assertEquals(List.of(0, TenantConfiguration.MAX_CATEGORIES), problem.arguments());
    }

    @Test
    void withCalendarReplacesTheSameYearAndKeepsOthers() {
        TenantConfiguration configuration = configuration(List.of(INNOVATION));
        YearCalendar replaced = calendar(2026, "2026-01-15");
        TenantConfiguration edited = configuration.withCalendar(replaced).withCalendar(calendar(2025, "2025-01-10"));
        assertEquals(List.of(2025, 2026), edited.calendars().stream().map(YearCalendar::year).toList());
        assertEquals(replaced, edited.calendar(2026).orElseThrow());
        assertEquals(LocalDate.of(2026, 1, 10), configuration.calendar(2026).orElseThrow().window(Phase.DECLARATION).orElseThrow().opens());
    }

    private static TenantConfiguration configuration(List<Category> categories) {
        EvaluationScheme scheme = new EvaluationScheme(List.of(
                new Channel(ChannelKind.SELF, new BigDecimal("20"), List.of()),
                new Channel(ChannelKind.PUBLIC, new BigDecimal("30"), List.of()),
                new Channel(ChannelKind.ORGANISATIONAL, new BigDecimal("50"), List.of())),
                List.of(new Criterion("effect", new Name("实际成效", "Results"), new BigDecimal("100"), 100)),
                List.of(new GradeBand("pass", new Name("合格", "Pass"), new BigDecimal("60"), new BigDecimal("100")),
                        new GradeBand("fail", new Name("不合格", "Fail"), BigDecimal.ZERO, new BigDecimal("60"))),
                MissingChannel.REWEIGHT);
        List<AwardQuota> awards = List.of(new AwardQuota(AwardTier.FIRST, 1), new AwardQuota(AwardTier.SECOND, 2),
                new AwardQuota(AwardTier.THIRD, 3));
        return new TenantConfiguration("three-types", categories, scheme, List.of(calendar(2026, "2026-01-10")),
                new Rules(2, 3, awards, Set.of(Feature.BIDDING)));
    }

    private static YearCalendar calendar(int year, String declarationOpens) {
        return new YearCalendar(year, List.of(new Window(Phase.DECLARATION, LocalDate.parse(declarationOpens), LocalDate.of(year, 2, 28))));
    }

    private static Category category(String key, String zh) {
        return new Category(key, new Name(zh, null), "描述", null);
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }
}
