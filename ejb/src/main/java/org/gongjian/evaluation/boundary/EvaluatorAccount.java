package org.gongjian.evaluation.boundary;

/** An account holding the evaluator role in the tenant. */
public record EvaluatorAccount(long accountId, String login, String name) {
}
