package org.gongjian.project.control;

import java.time.LocalDate;
import org.gongjian.project.entity.VisitKind;

/** What the tenant records of a supervision or guidance visit, with its written feedback to the unit. */
public record VisitNote(VisitKind kind, LocalDate visitedOn, String findings, String corrections, String feedback) {
}
