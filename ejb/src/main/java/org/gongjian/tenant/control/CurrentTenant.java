package org.gongjian.tenant.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * The tenant the current request works for, and the caller's roles in it. Filled once per
 * request from the signed-in account's membership (never from a parameter alone); empty for
 * the host's and the public pages.
 */
@RequestScoped
public class CurrentTenant {

    private Long id;
    private String code;
    private Set<String> roles = Set.of();
    private Long unitId;
    private Long claimantId;

    public void enter(long id, String code, Set<String> roles, Long unitId) {
        enter(id, code, roles, unitId, null);
    }

    public void enter(long id, String code, Set<String> roles, Long unitId, Long claimantId) {
        this.id = id;
        this.code = code;
        this.roles = Set.copyOf(roles);
        this.unitId = unitId;
        this.claimantId = claimantId;
    }

    public boolean isPresent() {
        return id != null;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The unit the caller speaks for as a unit member, or null. */
    public Long unitId() {
        return unitId;
    }

    /** The claimant organisation the caller speaks for, or null. */
    public Long claimantId() {
        return claimantId;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
