package org.gongjian.award.entity;

/** The typed fields of awards, named in refusals. */
public enum AwardField {
    TITLE,
    CASE,
    NOTE
}
