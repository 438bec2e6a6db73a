package org.gongjian.tenantconfig;

/** The three evaluation channels (三位一体). */
public enum ChannelKind {
    /** 单位自评 */
    SELF,
    /** 民意测评 */
    PUBLIC,
    /** 组织考评 */
    ORGANISATIONAL
}
