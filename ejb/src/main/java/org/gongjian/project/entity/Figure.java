package org.gongjian.project.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongjian.platform.BusinessException.Reason;
import org.gongjian.platform.Digits;

/**
 * A goal's target or a figure reached against it (people served, rules made, a percentage): up to
 * ten digits before the point and two after, as the pages show them, never below zero.
 */
public final class Figure {

    public static final Digits DIGITS = new Digits(10, 2);

    private Figure() {
    }

    /** Why this figure reached for the named goal is refused, if it is; the digits are checked before anything else. */
    public static Optional<Reason> problem(String goal, BigDecimal figure) {
        return digits(goal, figure).or(() -> figure.signum() < 0
                ? Optional.of(new Reason("figure.negative", List.of(String.valueOf(goal), figure))) : Optional.empty());
    }

    /** Why this target of the named goal is refused, if it is: a target is above zero. */
    public static Optional<Reason> targetProblem(String goal, BigDecimal target) {
        return digits(goal, target).or(() -> target.signum() <= 0
                ? Optional.of(new Reason("declaration.goal.target", List.of(target))) : Optional.empty());
    }

    private static Optional<Reason> digits(String goal, BigDecimal figure) {
        return DIGITS.tooLarge(figure) || DIGITS.tooFine(figure)
                ? Optional.of(new Reason("figure.digits", List.of(String.valueOf(goal), DIGITS.integer(), DIGITS.fraction())))
                : Optional.empty();
    }
}
