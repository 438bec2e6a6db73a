package org.gongjian.award.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenantconfig.AwardTier;
import org.junit.jupiter.api.Test;

class AwardApplicationTest {

    static final AppliedResult RESULT = new AppliedResult(1, new BigDecimal("91.25"), "excellent", "优秀", "Excellent");

    static AwardApplication apply(AwardBatch batch, String caseText) {
        return new AwardApplication(batch, 7L, 42L, ProjectOwner.ofUnit(3L), "一居一品", "第一支部", "测试党委", RESULT, caseText, "member");
    }

    @Test
    void refusesAPrizeBeyondTheCountOfItsTier() {
        AwardBatch batch = AwardBatchTest.batch(1, 2, 0);
        AwardApplication application = apply(batch, "案例");
        BusinessException full = assertThrows(BusinessException.class,
                () -> application.award(batch, AwardTier.FIRST, null, 1, "admin", OffsetDateTime.now()));
        assertEquals("award.prize.beyondRules", full.key());
        assertNull(application.getTier());
        assertEquals("award.prize.beyondRules", assertThrows(BusinessException.class,
                () -> application.award(batch, AwardTier.THIRD, null, 0, "admin", OffsetDateTime.now())).key());
        application.award(batch, AwardTier.SECOND, new BigDecimal("5000.5"), 1, "admin", OffsetDateTime.now());
        assertEquals(AwardTier.SECOND, application.getTier());
        assertEquals(new BigDecimal("5000.50"), application.getFunds());
    }

    @Test
    void fundsGoOnlyWithAPrizeAndAreExactToTheFen() {
        AwardBatch batch = AwardBatchTest.batch(1, 1, 1);
        AwardApplication application = apply(batch, "案例");
        assertEquals("award.funds.withoutPrize", assertThrows(BusinessException.class,
                () -> application.award(batch, null, BigDecimal.ONE, 0, "admin", OffsetDateTime.now())).key());
        assertEquals("money.fen", assertThrows(BusinessException.class,
                () -> application.award(batch, AwardTier.FIRST, new BigDecimal("1.001"), 0, "admin", OffsetDateTime.now())).key());
        assertEquals("money.negative", assertThrows(BusinessException.class,
                () -> application.award(batch, AwardTier.FIRST, new BigDecimal("-1"), 0, "admin", OffsetDateTime.now())).key());
        application.award(batch, AwardTier.FIRST, null, 0, "admin", OffsetDateTime.now());
        application.award(batch, null, null, 0, "admin", OffsetDateTime.now());
        assertNull(application.getTier());
    }

    @Test
    void caseIsRequiredAndAtMostTwoThousandCharacters() {
        AwardBatch batch = AwardBatchTest.batch(1, 1, 1);
        assertEquals("award.field.required", assertThrows(BusinessException.class, () -> apply(batch, " \n ")).key());
        assertEquals("text.tooLong", assertThrows(BusinessException.class, () -> apply(batch, "案".repeat(2001))).key());
        assertEquals("案".repeat(2000), apply(batch, " " + "案".repeat(2000) + " ").getCaseText());
    }

    @Test
    void nothingIsDecidedOnceTheBatchIsPublished() {
        AwardBatch batch = AwardBatchTest.batch(1, 1, 1);
        AwardApplication application = apply(batch, "案例");
        batch.publish("admin", OffsetDateTime.now());
        assertEquals("award.batch.published", assertThrows(ConflictException.class,
                () -> application.award(batch, AwardTier.FIRST, null, 0, "admin", OffsetDateTime.now())).key());
        assertEquals("award.batch.published", assertThrows(ConflictException.class, () -> apply(batch, "案例")).key());
    }
}
