package org.gongjian.evaluation.entity;

import java.math.BigDecimal;

/** The points one criterion gets on a score sheet. */
public record CriterionPoints(String criterion, BigDecimal points) {
}
