package org.gongjian.project.entity;

/** A ledger entry's traffic light: done or on time, due soon, overdue. */
public enum Signal {
    GREEN, AMBER, RED
}
