package org.gongjian.award.entity;

/** An award batch takes applications and decisions while OPEN; PUBLISHED is final. */
public enum BatchStatus {
    OPEN,
    PUBLISHED
}
