package org.gongjian.project.control;

import java.time.LocalDate;
import org.gongjian.project.entity.Signal;

/** An open ledger entry of the tenant that is overdue (red) or due soon (amber), with its project and unit. */
public record OverdueEntry(long entryId, long projectId, String projectTitle, String unitName, String stage, String title,
                           String owner, LocalDate deadline, Signal signal) {
}
