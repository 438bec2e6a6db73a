package org.gongjian.evaluation.boundary;

import java.math.BigDecimal;

/** One of the caller's accepted projects in a year's evaluation: its self-evaluation, and its result once frozen. */
public record OwnProject(long projectId, int year, String title, boolean open, boolean submitted, BigDecimal total, String gradeKey) {
}
