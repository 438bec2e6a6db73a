package org.gongjian.evaluation.boundary;

/** A project the calling evaluator was assigned to score. */
public record AssignedProject(int year, long projectId, String title, String ownerName, boolean conflicted, boolean overridden,
                              boolean scored, boolean open) {
}
