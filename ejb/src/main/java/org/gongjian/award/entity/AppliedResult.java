package org.gongjian.award.entity;

import java.math.BigDecimal;

/** The frozen evaluation result an application was made with: its version, total and grade (both null when ungraded). */
public record AppliedResult(int number, BigDecimal total, String gradeKey, String gradeZh, String gradeEn) {
}
