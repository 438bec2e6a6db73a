package org.gongjian.tenant.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.gongjian.account.entity.Role;
import org.gongjian.project.entity.ProjectOwner;

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
        return hasRole(Role.Names.UNIT_MEMBER) ? unitId : null;
    }

    /** The claimant organisation the caller speaks for as its account, or null. */
    public Long claimantId() {
        return hasRole(Role.Names.CLAIMANT) ? claimantId : null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.Names.TENANT_ADMIN);
    }

    /** The tenant's admins and evaluators: the tenant's side of the review. */
    public boolean isOrganiser() {
        return isAdmin() || hasRole(Role.Names.EVALUATOR);
    }

    /** Whether the caller speaks for this owner of a project: a member of its unit or an account of its organisation. */
    public boolean speaksFor(ProjectOwner owner) {
        return owner != null && owner.isSpokenForBy(unitId(), claimantId());
    }
}
