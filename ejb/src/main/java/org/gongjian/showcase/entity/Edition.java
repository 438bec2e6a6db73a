package org.gongjian.showcase.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a published showcase shows, as it stood when it was published: a tenant's (tenantCode set)
 * or the city's. Nothing else reaches the public pages.
 *
 * @param asOf the day the figures were computed (数据截至), in the publisher's time zone
 */
public record Edition(String title, String tenantCode, String tenantNameZh, String tenantNameEn, int year, LocalDate asOf,
                      YearFigures figures, List<Story> stories) {

    public Edition {
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    public boolean isCity() {
        return tenantCode == null;
    }

    /** The year's figures: projects by category and status, goals achieved of all goals, people reached, funds. */
    public record YearFigures(long projects, List<FigureRow> byCategory, List<FigureRow> byStatus, long goals, long goalsAchieved,
                              BigDecimal peopleReached, BigDecimal fundsGranted, BigDecimal fundsSpent) {

        public YearFigures {
            byCategory = byCategory == null ? List.of() : List.copyOf(byCategory);
            byStatus = byStatus == null ? List.of() : List.copyOf(byStatus);
        }
    }

    /** One row of a count: its key, its label in both languages, the count. */
    public record FigureRow(String key, String zh, String en, long count) {
    }

    /**
     * A featured project as published. {@code ownerKind} says how its owner took part: UNIT, CLAIMANT
     * (a claim on the board) or WINNER (a competition); {@code grade*} and {@code total} are null
     * when the project has no frozen grade.
     */
    public record Story(long id, String tenantCode, String tenantNameZh, String tenantNameEn, String title, String body,
                        String projectTitle, String categoryZh, String categoryEn, String ownerName, String ownerKind,
                        String gradeZh, String gradeEn, BigDecimal total, List<PrizeLine> prizes, List<GoalLine> goals,
                        List<PhotoLine> photos) {

        public Story {
            prizes = prizes == null ? List.of() : List.copyOf(prizes);
            goals = goals == null ? List.of() : List.copyOf(goals);
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    /** A published prize: its tier (FIRST, SECOND, THIRD), whether the city gave it, and the batch's title. */
    public record PrizeLine(String tier, boolean city, String batchTitle) {
    }

    /** A declared goal against what the closure report gives for it; {@code reached} null when it gives nothing. */
    public record GoalLine(String description, String unit, BigDecimal target, BigDecimal reached, boolean achieved) {
    }

    /** A photo published with the story, by the id of the story's photo it was copied from. */
    public record PhotoLine(long id, PhotoKind kind) {
    }
}
