package org.gongjian.project.control;

import java.time.LocalDate;
import org.gongjian.project.entity.Signal;

/** An open ledger entry of the tenant that is overdue (red) or due soon (amber), with its project and its owner's name. */
public record OverdueEntry(long entryId, long projectId, String projectTitle, String projectOwner, String stage, String title,
                           String owner, LocalDate deadline, Signal signal) {
}
