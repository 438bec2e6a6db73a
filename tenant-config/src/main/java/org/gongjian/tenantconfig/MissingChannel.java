package org.gongjian.tenantconfig;

/** What a project's total is when a channel has no scores at all: never a silent zero. */
public enum MissingChannel {
    /** The present channels count alone, their weights scaled up to 100. */
    REWEIGHT,
    /** No total and no grade until every channel has scores. */
    NO_GRADE
}
