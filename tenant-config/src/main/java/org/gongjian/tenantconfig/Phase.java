package org.gongjian.tenantconfig;

import java.util.List;

/** The dated windows of a tenant's year. */
public enum Phase {
    /** 项目申报 */
    DECLARATION,
    /** 论证立项 */
    REVIEW,
    /** 竞标截止 */
    BIDDING,
    /** 公开认领 */
    CLAIM,
    /** 中期报告 */
    MID_TERM,
    /** 结题验收 */
    CLOSURE,
    /** 考评 */
    EVALUATION,
    /** 评奖申报 */
    AWARD_APPLICATION,
    /** 展评 */
    SHOWCASE;

    /** The project's own path through the year: each of these opens only after the one before has closed. */
    public static final List<Phase> SEQUENCE = List.of(DECLARATION, REVIEW, MID_TERM, CLOSURE, EVALUATION);
}
