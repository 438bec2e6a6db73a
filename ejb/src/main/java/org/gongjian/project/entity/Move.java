package org.gongjian.project.entity;

import java.util.EnumSet;
import java.util.Set;

/** A step of the life cycle, with the states it may start from. */
public enum Move {
    EDIT_DECLARATION(ProjectStatus.DRAFT, ProjectStatus.RETURNED),
    SUBMIT(ProjectStatus.DRAFT, ProjectStatus.RETURNED),
    RETURN(ProjectStatus.SUBMITTED),
    REJECT(ProjectStatus.SUBMITTED),
    APPROVE(ProjectStatus.SUBMITTED),
    NOMINATE(ProjectStatus.APPROVED, ProjectStatus.UNDERWAY, ProjectStatus.CLOSURE_SUBMITTED, ProjectStatus.ACCEPTED),
    FIX_RESPONSIBILITY(ProjectStatus.APPROVED, ProjectStatus.UNDERWAY),
    /** Ledger, progress reports, visits and funds: only while the project is carried out. */
    RECORD_WORK(ProjectStatus.UNDERWAY),
    SUBMIT_CLOSURE(ProjectStatus.UNDERWAY),
    RETURN_CLOSURE(ProjectStatus.CLOSURE_SUBMITTED),
    ACCEPT(ProjectStatus.CLOSURE_SUBMITTED),
    /** The owner's self-evaluation and its evidence, once the project is accepted. */
    SELF_EVALUATE(ProjectStatus.ACCEPTED);

    private final Set<ProjectStatus> from;

    Move(ProjectStatus first, ProjectStatus... rest) {
        this.from = EnumSet.of(first, rest);
    }

    public boolean allowedFrom(ProjectStatus status) {
        return from.contains(status);
    }
}
