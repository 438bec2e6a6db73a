package org.gongjian.project.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Digits;

/** Amounts of money in yuan: exact decimals with at most two places (fen), never floating point. */
public final class Yuan {

    /** Up to 999,999,999,999.99 yuan, as numeric(14, 2) holds. */
    public static final Digits DIGITS = new Digits(12, 2);

    private Yuan() {
    }

    /**
     * The amount with two places; refuses a missing, negative, too large or sub-fen amount. The
     * digits are checked first, so a refused amount is never expanded; a too large one is not
     * repeated in the refusal.
     */
    public static BigDecimal of(BigDecimal amount, boolean zeroAllowed) {
        if (amount == null) {
            throw new BusinessException("money.required");
        }
        if (DIGITS.tooLarge(amount)) {
            throw new BusinessException("money.tooLarge", DIGITS.integer());
        }
        if (DIGITS.tooFine(amount)) {
            throw new BusinessException("money.fen", amount);
        }
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            throw new BusinessException(zeroAllowed ? "money.negative" : "money.notPositive", amount);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
