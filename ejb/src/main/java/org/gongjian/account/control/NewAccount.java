package org.gongjian.account.control;

import org.gongjian.account.entity.Role;

/** What a tenant admin (or the host, for a tenant's first admin) fills in for a new account. */
public record NewAccount(String login, String displayName, String email, Role role, Long unitId, Long claimantId) {
}
