package org.gongjian.claim.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.junit.jupiter.api.Test;

class ClaimableItemTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime OPENS = LocalDateTime.of(2026, 6, 1, 9, 0);
    private static final LocalDateTime CLOSES = LocalDateTime.of(2026, 6, 30, 17, 0);
    private static final OffsetDateTime INSIDE = OffsetDateTime.parse("2026-06-10T10:00:00+08:00");
    private static final ClaimForm FORM = new ClaimForm("每周巡查两次", "党员多、离得近", "党支部 12 名党员", null, null);

    private static ItemDetails details(Integer places) {
        return new ItemDetails(3L, "河道保洁认领", "河道垃圾多", "水清岸绿", "场地和经费", new BigDecimal("20000"), "镇党建办",
                places, OPENS, CLOSES);
    }

    private static ClaimableItem published(int places) {
        ClaimableItem item = new ClaimableItem(1L, details(places), SHANGHAI);
        item.publish();
        return item;
    }

    @Test
    void readsTheWindowInTheTenantsTimeZone() {
        ClaimableItem item = published(1);
        assertEquals(OffsetDateTime.parse("2026-06-01T01:00:00Z").toInstant(), item.getOpensAt().toInstant());
        assertFalse(item.isOpenAt(OffsetDateTime.parse("2026-06-01T00:59:59Z")));
        assertTrue(item.isOpenAt(OffsetDateTime.parse("2026-06-01T01:00:00Z")));
        assertFalse(item.isOpenAt(OffsetDateTime.parse("2026-06-30T09:00:00Z")));
    }

    @Test
    void firstComeTakesPlacesUntilNoneRemain() {
        ClaimableItem item = published(2);
        assertEquals(ClaimStatus.ACCEPTED, item.claim(10L, null, FORM, BoardMode.FIRST_COME, INSIDE, "a").getStatus());
        assertEquals(ClaimStatus.ACCEPTED, item.claim(11L, null, FORM, BoardMode.FIRST_COME, INSIDE, "b").getStatus());
        assertEquals(0, item.remaining());
        ConflictException full = assertThrows(ConflictException.class,
                () -> item.claim(12L, null, FORM, BoardMode.FIRST_COME, INSIDE, "c"));
        assertEquals("claim.full", full.key());
    }

    @Test
    void confirmBoardTakesApplicationsBeyondThePlacesButConfirmsOnlyUpToThem() {
        ClaimableItem item = published(1);
        Claim first = item.claim(10L, null, FORM, BoardMode.CONFIRM, INSIDE, "a");
        Claim second = item.claim(null, 5L, FORM, BoardMode.CONFIRM, INSIDE, "b");
        assertEquals(ClaimStatus.PENDING, second.getStatus());
        first.confirm(item, "admin");
        assertEquals("claim.full", assertThrows(ConflictException.class, () -> second.confirm(item, "admin")).key());
        first.release(item, "未按方案实施", "admin");
        second.confirm(item, "admin");
        assertEquals(ClaimStatus.ACCEPTED, second.getStatus());
    }

    @Test
    void refusesClaimsOutsideTheWindowOrOnAnItemNotPublished() {
        ClaimableItem draft = new ClaimableItem(1L, details(1), SHANGHAI);
        assertEquals("claim.item.notOpen", assertThrows(ConflictException.class,
                () -> draft.claim(10L, null, FORM, BoardMode.FIRST_COME, INSIDE, "a")).key());
        ClaimableItem item = published(1);
        assertEquals("claim.window.notYet", assertThrows(ConflictException.class,
                () -> item.claim(10L, null, FORM, BoardMode.FIRST_COME, OffsetDateTime.parse("2026-05-31T10:00:00+08:00"), "a")).key());
        assertEquals("claim.window.ended", assertThrows(ConflictException.class,
                () -> item.claim(10L, null, FORM, BoardMode.FIRST_COME, OffsetDateTime.parse("2026-06-30T17:00:00+08:00"), "a")).key());
        item.close();
        assertEquals("claim.item.notOpen", assertThrows(ConflictException.class,
                () -> item.claim(10L, null, FORM, BoardMode.FIRST_COME, INSIDE, "a")).key());
    }

    @Test
    void placesNeverDropBelowTheAcceptedClaims() {
        ClaimableItem item = published(3);
        item.claim(10L, null, FORM, BoardMode.FIRST_COME, INSIDE, "a");
        item.claim(11L, null, FORM, BoardMode.FIRST_COME, INSIDE, "b");
        BusinessException below = assertThrows(BusinessException.class, () -> item.changeCapacity(1));
        assertEquals("item.capacity.belowAccepted", below.key());
        item.changeCapacity(2);
        assertEquals(0, item.remaining());
        assertThrows(BusinessException.class, () -> item.changeCapacity(0));
        assertThrows(BusinessException.class, () -> item.changeCapacity(ClaimableItem.MAX_CAPACITY + 1));
        assertThrows(BusinessException.class, () -> item.changeCapacity(null));
    }

    @Test
    void movesFromDraftToPublishedToClosedOrWithdrawnWithAReason() {
        ClaimableItem item = published(1);
        assertThrows(BusinessException.class, item::publish);
        assertEquals("claim.field.required", assertThrows(BusinessException.class, () -> item.withdraw("  ")).key());
        item.close();
        item.withdraw("需求已由街道统一解决");
        assertEquals(ItemStatus.WITHDRAWN, item.getStatus());
        assertEquals("需求已由街道统一解决", item.getWithdrawalReason());
        assertThrows(BusinessException.class, () -> item.edit(details(1), SHANGHAI));
    }

    @Test
    void refusesAWindowThatEndsBeforeItStartsAndOverLongOrMissingTexts() {
        assertEquals("item.window.order", assertThrows(BusinessException.class, () -> new ClaimableItem(1L,
                new ItemDetails(3L, "t", "n", null, null, null, null, 1, CLOSES, OPENS), SHANGHAI)).key());
        assertEquals("claim.field.required", assertThrows(BusinessException.class, () -> new ClaimableItem(1L,
                new ItemDetails(3L, " ", "n", null, null, null, null, 1, OPENS, CLOSES), SHANGHAI)).key());
        assertEquals("text.tooLong", assertThrows(BusinessException.class, () -> new ClaimableItem(1L,
                new ItemDetails(3L, "标".repeat(201), "n", null, null, null, null, 1, OPENS, CLOSES), SHANGHAI)).key());
        assertEquals("money.fen", assertThrows(BusinessException.class, () -> new ClaimableItem(1L,
                new ItemDetails(3L, "t", "n", null, null, new BigDecimal("1.001"), null, 1, OPENS, CLOSES), SHANGHAI)).key());
    }
}
