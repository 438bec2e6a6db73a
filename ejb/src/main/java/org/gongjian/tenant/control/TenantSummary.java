package org.gongjian.tenant.control;

import org.gongjian.tenant.entity.TenantKind;

/** One tenant as the host sees it: who it is and how much it holds. */
public record TenantSummary(long id, String code, String nameZh, String nameEn, TenantKind kind,
                            boolean active, long units, long claimants, long accounts) {
}
