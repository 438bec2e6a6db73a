package org.gongjian.award.entity;

/** The organiser's inspection (考察): a written note, or a visit on a given day. */
public enum InspectionKind {
    NOTE,
    VISIT
}
