package org.gongjian.evaluation.boundary;

import java.math.BigDecimal;

/**
 * One project of a year's evaluation as the admin follows it: how far each channel has come, and
 * its total and grade as of now (while open) or as frozen (once closed).
 *
 * @param resultNumber the latest frozen result's number; 0 while the evaluation is open
 */
public record EvaluatedProject(long projectId, String title, String ownerName, String categoryKey, boolean selfDone,
                               int evaluatorsAssigned, int evaluatorSheets, int publicVotes, int paperBallots,
                               BigDecimal total, String gradeKey, boolean complete, int resultNumber) {
}
