package org.gongjian.tenant.entity;

/** What kind of committee a tenant is. */
public enum TenantKind {
    /** 街道党工委 / 镇党委 */
    STREET,
    /** 企业党委 */
    ENTERPRISE,
    /** 市直机关党委 */
    ORGAN
}
