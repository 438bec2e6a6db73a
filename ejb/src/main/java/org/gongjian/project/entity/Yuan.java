package org.gongjian.project.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gongjian.platform.BusinessException;

/** Amounts of money in yuan: exact decimals with at most two places (fen), never floating point. */
public final class Yuan {

    /** Up to 999,999,999,999.99 yuan, as numeric(14, 2) holds. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private Yuan() {
    }

    /** The amount with two places; refuses a missing, negative, too large or sub-fen amount. */
    public static BigDecimal of(BigDecimal amount, boolean zeroAllowed) {
        if (amount == null) {
            throw new BusinessException("money.required");
        }
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            throw new BusinessException(zeroAllowed ? "money.negative" : "money.notPositive", amount);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("money.fen", amount);
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new BusinessException("money.tooLarge", amount);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
