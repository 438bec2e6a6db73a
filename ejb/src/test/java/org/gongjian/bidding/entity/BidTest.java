package org.gongjian.bidding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.Name;
import org.junit.jupiter.api.Test;

class BidTest {

    private final Competition competition = new Competition(null, ZoneId.of("Asia/Shanghai"), new CompetitionTerms(2026, "竞标", "规则",
            Eligibility.ALL_TENANTS, Set.of(), List.of(new Criterion("effect", new Name("成效", null), new BigDecimal("100"), 10)),
            LocalDateTime.of(2026, 4, 15, 17, 0), 1, BigDecimal.ZERO), new byte[] {1}, "host");

    @Test
    void theCommitteeReturnsABidWithAReasonAndTheUnitRevisesIt() {
        Bid bid = new Bid(competition, 1, 2, "支部", "党委", "u");
        bid.handToCommittee();
        assertThrows(BusinessException.class, () -> bid.returnToUnit(" "));
        bid.returnToUnit("预算需细化");
        assertEquals(BidStatus.RETURNED, bid.getStatus());
        bid.redraft(new byte[] {9});
        assertEquals(BidStatus.DRAFT, bid.getStatus());
        assertEquals(null, bid.getReturnReason());
    }

    @Test
    void everySubmissionIsANewVersionAndTheBidCounts() {
        Bid bid = new Bid(competition, 1, 2, "支部", "党委", "u");
        assertFalse(bid.counts());
        assertEquals(1, bid.submitted(1));
        bid.redraft(new byte[] {9});
        assertEquals(BidStatus.SUBMITTED, bid.getStatus(), "the submitted version still counts while the unit revises");
        assertEquals(2, bid.submitted(1));
        assertTrue(bid.counts());
    }

    @Test
    void aChangeOfConditionsNeedsConfirmation() {
        Bid bid = new Bid(competition, 1, 2, "支部", "党委", "u");
        bid.submitted(1);
        assertTrue(bid.needsConfirmation(2));
        bid.confirm(2);
        assertFalse(bid.needsConfirmation(2));
        assertThrows(BusinessException.class, () -> bid.confirm(2));
    }

    @Test
    void onlyACountedBidWinsAndAWinnerGivesUpWithAReason() {
        Bid bid = new Bid(competition, 1, 2, "支部", "党委", "u");
        assertThrows(ConflictException.class, bid::win);
        bid.submitted(1);
        bid.win();
        assertThrows(ConflictException.class, bid::win);
        assertThrows(BusinessException.class, () -> bid.giveUpWin(""));
        bid.giveUpWin("主要负责人调动");
        assertEquals(BidOutcome.WITHDREW, bid.getOutcome());
    }
}
