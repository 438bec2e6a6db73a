package org.gongjian.project.control;

import org.gongjian.project.entity.LedgerEntry;
import org.gongjian.project.entity.Signal;

/** A ledger entry with its traffic light as of the tenant's today. */
public record LedgerLine(LedgerEntry entry, Signal signal) {
}
