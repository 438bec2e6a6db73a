package org.gongjian.platform;

import java.math.BigDecimal;

/**
 * How many digits a decimal of one kind may have before and after the point. Every check looks at
 * the raw precision and scale first, so no check ever expands a number such as {@code 1e-999999999}
 * into a billion digits (which is what formatting or arithmetic on it would do).
 *
 * @param integer  digits before the point
 * @param fraction digits after the point, trailing zeros aside
 */
public record Digits(int integer, int fraction) {

    /**
     * What the JSON and page entries read at all; the domain's own bounds (money, figures, weights,
     * scores) are tighter and give the reader a precise reason.
     */
    public static final Digits READABLE = new Digits(15, 6);

    /** The longest number text the entries parse; 15 + 6 digits, a sign, a point and an exponent fit. */
    public static final int MAX_TEXT = 40;

    /** Places after the point beyond which even trailing zeros are not worth stripping. */
    private static final int MAX_RAW_SCALE = 64;

    /** The number written in this text, or null when it is not a number these bounds admit. */
    public BigDecimal read(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return admits(value) ? value : null;
    }

    public boolean admits(BigDecimal value) {
        return !tooLarge(value) && !tooFine(value);
    }

    /** More digits before the point than allowed (counted in long: precision minus scale overflows an int). */
    public boolean tooLarge(BigDecimal value) {
        return value.signum() != 0 && (long) value.precision() - value.scale() > integer;
    }

    /** More digits after the point than allowed, trailing zeros aside. */
    public boolean tooFine(BigDecimal value) {
        return value.scale() > MAX_RAW_SCALE || value.scale() > fraction && value.stripTrailingZeros().scale() > fraction;
    }
}
