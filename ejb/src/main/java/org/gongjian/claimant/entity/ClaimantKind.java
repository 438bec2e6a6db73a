package org.gongjian.claimant.entity;

/** What kind of co-building organisation a claimant is. */
public enum ClaimantKind {
    /** 驻区单位 */
    RESIDENT_UNIT,
    /** 辖区企业 */
    ENTERPRISE,
    /** 社会组织 */
    SOCIAL_ORGANISATION
}
