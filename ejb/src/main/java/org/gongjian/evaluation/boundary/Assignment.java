package org.gongjian.evaluation.boundary;

/** An evaluator assigned to a project: whether they have a conflict of interest, an override, a sheet. */
public record Assignment(long accountId, String login, String name, boolean conflicted, boolean overridden, boolean scored) {
}
