package org.gongjian.project.control;

import java.time.LocalDate;
import org.gongjian.project.entity.LedgerKind;

/** What a unit writes into a ledger entry; an optional stage names a stage or sub-project of a long project. */
public record LedgerDetails(LedgerKind kind, String stage, String title, String owner, LocalDate deadline, String measures) {
}
