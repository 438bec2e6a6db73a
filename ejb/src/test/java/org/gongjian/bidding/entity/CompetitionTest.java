package org.gongjian.bidding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.Name;
import org.junit.jupiter.api.Test;

class CompetitionTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime DEADLINE = LocalDateTime.of(2026, 4, 15, 17, 0);
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("feasibility", new Name("可行性", null), new BigDecimal("60"), 10),
            new Criterion("effect", new Name("预期成效", null), new BigDecimal("40"), 10));

    @Test
    void theDeadlineIsReadInTheOrganisersZone() {
        Competition competition = host(terms(DEADLINE, 2));
        assertEquals(DEADLINE.atZone(CHINA).toInstant(), competition.getDeadline().toInstant());
    }

    @Test
    void bidsOpenOnlyAfterTheDeadline() {
        Competition competition = host(terms(DEADLINE, 2));
        competition.publish(before(60));
        assertThrows(ConflictException.class, () -> competition.openBids("host", before(1)));
        competition.openBids("host", before(0));
        assertTrue(competition.isOpened());
    }

    @Test
    void theLastSecondTakesBidsAndTheDeadlineDoesNot() {
        Competition competition = host(terms(DEADLINE, 2));
        competition.publish(before(60));
        competition.requireTakingBids(before(1));
        assertThrows(ConflictException.class, () -> competition.requireTakingBids(before(0)));
    }

    @Test
    void criteriaAreFrozenOncePublished() {
        Competition competition = host(terms(DEADLINE, 2));
        competition.publish(before(60));
        List<Criterion> other = List.of(new Criterion("feasibility", new Name("可行性", null), new BigDecimal("100"), 10));
        CompetitionTerms changed = new CompetitionTerms(2026, "党建项目竞标", "规则", Eligibility.ALL_TENANTS, Set.of(), other,
                DEADLINE, 2, new BigDecimal("50000"));
        assertThrows(BusinessException.class, () -> competition.edit(changed, before(60)));
    }

    @Test
    void aChangeOfConditionsAfterPublishingRaisesTheirVersion() {
        Competition competition = host(terms(DEADLINE, 2));
        assertFalse(competition.edit(terms(DEADLINE, 3), before(60)), "a draft changes freely");
        competition.publish(before(60));
        assertFalse(competition.edit(terms(DEADLINE, 3), before(60)), "the same conditions are no change");
        assertTrue(competition.edit(terms(DEADLINE.plusDays(1), 3), before(60)));
        assertEquals(2, competition.getConditionsVersion());
    }

    @Test
    void aTenantsCompetitionIsForItsOwnUnitsAndTheHostsForTenants() {
        Competition own = new Competition(5L, CHINA, new CompetitionTerms(2026, "竞标", "规则", null, Set.of(), CRITERIA, DEADLINE, 1,
                BigDecimal.ZERO), new byte[] {1}, "admin");
        assertEquals(Eligibility.OWN_UNITS, own.getEligibility());
        assertThrows(BusinessException.class, () -> host(new CompetitionTerms(2026, "竞标", "规则", Eligibility.OWN_UNITS, Set.of(),
                CRITERIA, DEADLINE, 1, BigDecimal.ZERO)));
        assertThrows(BusinessException.class, () -> host(new CompetitionTerms(2026, "竞标", "规则", Eligibility.CHOSEN_TENANTS, Set.of(),
                CRITERIA, DEADLINE, 1, BigDecimal.ZERO)));
    }

    @Test
    void weightsMustAddUpToAHundredAndWinnersStayBounded() {
        List<Criterion> short80 = List.of(new Criterion("feasibility", new Name("可行性", null), new BigDecimal("80"), 10));
        assertThrows(BusinessException.class, () -> host(new CompetitionTerms(2026, "竞标", "规则", Eligibility.ALL_TENANTS, Set.of(),
                short80, DEADLINE, 1, BigDecimal.ZERO)));
        assertThrows(BusinessException.class, () -> host(terms(DEADLINE, 51)));
        assertThrows(BusinessException.class, () -> host(terms(DEADLINE, 0)));
    }

    private static OffsetDateTime before(int seconds) {
        return DEADLINE.atZone(CHINA).minusSeconds(seconds).toOffsetDateTime();
    }

    private static CompetitionTerms terms(LocalDateTime deadline, int winners) {
        return new CompetitionTerms(2026, "党建项目竞标", "规则", Eligibility.ALL_TENANTS, Set.of(), CRITERIA, deadline, winners,
                new BigDecimal("50000"));
    }

    private static Competition host(CompetitionTerms terms) {
        return new Competition(null, CHINA, terms, new byte[] {1}, "host");
    }
}
