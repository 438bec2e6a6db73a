package org.gongjian.unit.entity;

/** What kind of grassroots organisation a unit is. */
public enum UnitKind {
    /** 党支部 */
    BRANCH,
    /** 党总支 */
    GENERAL_BRANCH,
    /** 居民区党组织 */
    COMMUNITY
}
