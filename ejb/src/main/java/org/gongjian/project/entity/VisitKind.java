package org.gongjian.project.entity;

/** A supervision (督查) or a guidance (指导) visit. */
public enum VisitKind {
    SUPERVISION, GUIDANCE
}
