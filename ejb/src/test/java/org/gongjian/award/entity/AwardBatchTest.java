package org.gongjian.award.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.tenantconfig.AwardQuota;
import org.gongjian.tenantconfig.AwardTier;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.Rules;
import org.gongjian.tenantconfig.Window;
import org.junit.jupiter.api.Test;

class AwardBatchTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Window WINDOW = new Window(Phase.AWARD_APPLICATION, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));

    static AwardBatch batch(int first, int second, int third) {
        return AwardBatch.ofTenant(7L, 2026, "2026 年度党建项目成果表彰", ZONE, WINDOW, new PrizeCounts(first, second, third), "admin");
    }

    @Test
    void takesApplicationsFromTheFirstToTheLastDayOfItsWindowBothIncluded() {
        AwardBatch batch = batch(1, 2, 3);
        assertFalse(batch.takesApplicationsOn(LocalDate.of(2026, 10, 31)));
        assertTrue(batch.takesApplicationsOn(LocalDate.of(2026, 11, 1)));
        assertTrue(batch.takesApplicationsOn(LocalDate.of(2026, 12, 1)));
        assertFalse(batch.takesApplicationsOn(LocalDate.of(2026, 12, 2)));
        ConflictException closed = assertThrows(ConflictException.class, () -> batch.requireTakingApplications(LocalDate.of(2026, 12, 2)));
        assertEquals("award.window.closed", closed.key());
    }

    @Test
    void countsComeFromTheFrozenRules() {
        Rules rules = new Rules(3, 2, List.of(new AwardQuota(AwardTier.THIRD, 5), new AwardQuota(AwardTier.FIRST, 1),
                new AwardQuota(AwardTier.SECOND, 3)), Set.of());
        AwardBatch batch = AwardBatch.ofTenant(7L, 2026, "表彰", ZONE, WINDOW, PrizeCounts.of(rules), "admin");
        assertEquals(1, batch.countOf(AwardTier.FIRST));
        assertEquals(3, batch.countOf(AwardTier.SECOND));
        assertEquals(5, batch.countOf(AwardTier.THIRD));
    }

    @Test
    void publishedBatchIsFinalAndTakesNoMoreApplications() {
        AwardBatch batch = batch(1, 1, 1);
        batch.publish("admin", OffsetDateTime.now());
        assertTrue(batch.isPublished());
        assertEquals("award.batch.published", assertThrows(ConflictException.class, () -> batch.publish("admin", OffsetDateTime.now())).key());
        assertFalse(batch.takesApplicationsOn(LocalDate.of(2026, 11, 15)));
    }

    @Test
    void hostBatchRefusesAReversedWindowNegativeCountsAndABlankTitle() {
        assertEquals("award.window.reversed", assertThrows(BusinessException.class, () -> AwardBatch.ofHost(new HostBatchTerms(2026, "全市表彰",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30), 1, 1, 1), ZONE, "host")).key());
        assertEquals("award.counts.range", assertThrows(BusinessException.class, () -> AwardBatch.ofHost(new HostBatchTerms(2026, "全市表彰",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), -1, 1, 1), ZONE, "host")).key());
        assertEquals("award.field.required", assertThrows(BusinessException.class, () -> AwardBatch.ofHost(new HostBatchTerms(2026, "  ",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 1, 1, 1), ZONE, "host")).key());
        AwardBatch city = AwardBatch.ofHost(new HostBatchTerms(2026, "全市表彰", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 10), 2, 0, 4),
                ZONE, "host");
        assertTrue(city.isHosts());
        assertEquals("Asia/Shanghai", city.getTimeZone());
        assertEquals(0, city.countOf(AwardTier.SECOND));
    }
}
