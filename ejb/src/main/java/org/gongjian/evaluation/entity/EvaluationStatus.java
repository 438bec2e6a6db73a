package org.gongjian.evaluation.entity;

/** Open while the channels score; closed once the results are frozen. */
public enum EvaluationStatus {
    OPEN,
    CLOSED
}
