package org.gongjian.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.account.control.MembershipDirectory;
import org.gongjian.account.control.MembershipDirectory.TenantRole;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Membership;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * Where the signed-in caller belongs. The caller is always the authenticated principal; a tenant
 * code from a URL only chooses among the caller's own memberships.
 */
@Stateless
@PermitAll
public class Memberships {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    TenantSession session;

    @Inject
    MembershipDirectory directory;

    /** The caller's access to the tenant with this code; empty when the tenant is unknown, inactive or not the caller's. */
    public Optional<TenantAccess> ofCaller(String code) {
        Optional<Account> account = caller();
        List<Tenant> tenants = em.createNamedQuery(Tenant.BY_CODE, Tenant.class)
                .setParameter("code", code == null ? "" : code.toLowerCase()).getResultList();
        if (account.isEmpty() || tenants.isEmpty() || !tenants.get(0).isActive()) {
            return Optional.empty();
        }
        Tenant tenant = tenants.get(0);
        session.enter(tenant.getId());
        List<Membership> memberships = em.createNamedQuery(Membership.OF_ACCOUNT, Membership.class)
                .setParameter("account", account.get().getId()).getResultList();
        if (memberships.isEmpty()) {
            return Optional.empty();
        }
        Set<String> roles = memberships.stream().map(membership -> membership.getRole().name()).collect(Collectors.toSet());
        Long unitId = memberships.stream().map(Membership::getUnitId).filter(Objects::nonNull).findFirst().orElse(null);
        Long claimantId = memberships.stream().map(Membership::getClaimantId).filter(Objects::nonNull).findFirst().orElse(null);
        return Optional.of(new TenantAccess(tenant.getId(), tenant.getCode(), tenant.getNameZh(), tenant.getNameEn(), roles,
                unitId, claimantId));
    }

    /** Every tenant role the caller holds, for choosing where to go after sign-in. */
    public List<TenantRole> mine() {
        return caller().map(account -> directory.of(account.getId())).orElse(List.of());
    }

    /** The caller's account, if signed in. */
    public Optional<Account> caller() {
        return caller.account();
    }

    /**
     * What the caller may do in one tenant; unitId is the unit a unit member speaks for, claimantId
     * the organisation a claimant account speaks for, else null.
     */
    public record TenantAccess(long tenantId, String code, String nameZh, String nameEn, Set<String> roles, Long unitId,
                               Long claimantId) {
    }
}
