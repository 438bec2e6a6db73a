package org.gongjian.project.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount of special funds in yuan granted or spent on a date, and what for. */
public record FundMovement(BigDecimal amount, LocalDate date, String purpose) {
}
