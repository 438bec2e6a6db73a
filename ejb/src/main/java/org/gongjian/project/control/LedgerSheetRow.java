package org.gongjian.project.control;

import java.time.LocalDate;
import org.gongjian.project.entity.LedgerKind;
import org.gongjian.project.entity.LedgerStatus;
import org.gongjian.project.entity.Signal;

/** One ledger entry as the tenant's ledger export lists it, with its project and its traffic light today. */
public record LedgerSheetRow(long projectId, String projectTitle, String projectOwner, String stage, LedgerKind kind, String item,
                         String owner, LocalDate deadline, String measures, LedgerStatus status, Signal signal) {
}
