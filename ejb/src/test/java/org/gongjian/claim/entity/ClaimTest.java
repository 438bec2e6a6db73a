package org.gongjian.claim.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final OffsetDateTime INSIDE = OffsetDateTime.parse("2026-06-10T10:00:00+08:00");

    private static ClaimableItem item() {
        ClaimableItem item = new ClaimableItem(1L, new ItemDetails(3L, "社区食堂助餐服务", "高龄老人吃饭难", null, null, null, null,
                2, LocalDateTime.of(2026, 6, 1, 9, 0), LocalDateTime.of(2026, 6, 30, 17, 0)), ZoneId.of("Asia/Shanghai"));
        item.publish();
        return item;
    }

    private static Claim pending(ClaimableItem item) {
        return item.claim(10L, null, new ClaimForm("助餐方案", "有中央厨房", null, null, "配送车 3 台"), BoardMode.CONFIRM, INSIDE, "jc-claimant");
    }

    @Test
    void aClaimantWithdrawsOnlyBeforeTheDecision() {
        ClaimableItem item = item();
        Claim claim = pending(item);
        claim.withdraw("jc-claimant");
        assertEquals(ClaimStatus.WITHDRAWN, claim.getStatus());
        Claim accepted = pending(item);
        accepted.confirm(item, "admin");
        assertEquals("claim.move.refused", assertThrows(BusinessException.class, () -> accepted.withdraw("jc-claimant")).key());
    }

    @Test
    void refusalAndReleaseNeedAReasonAndReleaseGivesThePlaceBack() {
        ClaimableItem item = item();
        Claim claim = pending(item);
        assertEquals("claim.field.required", assertThrows(BusinessException.class, () -> claim.refuse(" ", "admin")).key());
        claim.confirm(item, "admin");
        assertEquals(1, item.remaining());
        assertThrows(BusinessException.class, () -> claim.refuse("迟了", "admin"));
        assertThrows(BusinessException.class, () -> claim.release(item, null, "admin"));
        claim.release(item, "认领单位无法履约", "admin");
        assertEquals(ClaimStatus.RELEASED, claim.getStatus());
        assertEquals("认领单位无法履约", claim.getDecisionReason());
        assertEquals(2, item.remaining());
    }

    @Test
    void aClaimNeedsAPlanReasonsAndExactlyOneOrganisation() {
        ClaimableItem item = item();
        assertEquals("claim.field.required", assertThrows(BusinessException.class, () -> item.claim(10L, null,
                new ClaimForm(null, "理由", null, null, null), BoardMode.CONFIRM, INSIDE, "x")).key());
        assertEquals("claim.owner.required", assertThrows(BusinessException.class, () -> item.claim(10L, 4L,
                new ClaimForm("方案", "理由", null, null, null), BoardMode.CONFIRM, INSIDE, "x")).key());
        assertEquals("text.control", assertThrows(BusinessException.class, () -> item.claim(10L, null,
                new ClaimForm("方案\u0000", "理由", null, null, null), BoardMode.CONFIRM, INSIDE, "x")).key());
    }

    @Test
    void cancellingWithTheItemGivesAnAcceptedPlaceBack() {
        ClaimableItem item = item();
        Claim claim = pending(item);
        claim.confirm(item, "admin");
        claim.cancel(item, "标的撤下", "admin");
        assertEquals(ClaimStatus.CANCELLED, claim.getStatus());
        assertEquals(2, item.remaining());
        assertThrows(BusinessException.class, () -> claim.cancel(item, "again", "admin"));
    }
}
