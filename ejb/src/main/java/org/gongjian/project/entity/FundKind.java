package org.gongjian.project.entity;

/** Money granted to a project by the tenant, or spent by the unit. */
public enum FundKind {
    GRANT, SPENDING
}
