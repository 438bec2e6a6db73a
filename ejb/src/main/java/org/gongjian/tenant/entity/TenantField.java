package org.gongjian.tenant.entity;

/** A text field of a tenant, named in refusals. */
public enum TenantField {
    NAME_ZH, NAME_EN
}
