package org.gongjian.award.boundary;

import java.math.BigDecimal;
import org.gongjian.tenantconfig.Name;

/** A project the caller may apply (or nominate) with: its own, with a frozen evaluation result of the year. */
public record Candidate(long projectId, String title, String ownerName, int year, int resultNumber, BigDecimal total,
                        String gradeKey, Name gradeName) {
}
