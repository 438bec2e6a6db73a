package org.gongjian.project.entity;

/** What a ledger entry tracks. */
public enum LedgerKind {
    GOAL, TASK, MILESTONE
}
