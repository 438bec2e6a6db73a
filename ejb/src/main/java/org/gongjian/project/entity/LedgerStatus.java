package org.gongjian.project.entity;

/** Whether a ledger entry is still to do. */
public enum LedgerStatus {
    OPEN, DONE
}
