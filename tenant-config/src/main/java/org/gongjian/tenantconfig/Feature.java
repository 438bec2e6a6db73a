package org.gongjian.tenantconfig;

/** Parts of the portal a tenant may switch on or off. */
public enum Feature {
    /** 竞标 */
    BIDDING,
    /** 公开认领 */
    CLAIM_BOARD,
    /** 民意测评中的公众投票 */
    PUBLIC_VOTING
}
