package org.gongjian.tenant.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gongjian.account.control.Enrolment;
import org.gongjian.account.control.IssuedPassword;
import org.gongjian.account.control.NewAccount;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.control.TemplateStart;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.control.HostRollup;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.control.TenantSummary;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenant.entity.TenantKind;
import org.gongjian.tenantconfig.TenantDefaultsLoader;

/**
 * The host's work on tenants: create one with its first admin and its configuration from a template,
 * and see all of them in figures.
 */
@Stateless
public class Tenants {

    private static final TenantDefaultsLoader DEFAULTS = new TenantDefaultsLoader();

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Enrolment enrolment;

    @Inject
    HostRollup rollup;

    @Inject
    Audit audit;

    @Inject
    TemplateStart templateStart;

    /** Creates the tenant and its first admin account; returns the admin's one-time first password. */
    @RolesAllowed(Role.Names.HOST_ADMIN)
    public IssuedPassword create(NewTenant request, String adminLogin, String adminName, String adminEmail) {
        TenantKind kind = request.kind();
        String zone = kind == null ? null : DEFAULTS.load(kind.name()).timeZone().getId();
        Tenant tenant = new Tenant(request.code(), request.nameZh(), request.nameEn(), kind, zone);
        if (!em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", tenant.getCode()).getResultList().isEmpty()) {
            throw new BusinessException("tenant.code.taken", tenant.getCode());
        }
        em.persist(tenant);
        em.flush();
        session.enter(tenant.getId());
        audit.recordFor(tenant.getId(), "tenant.create", "tenant", tenant.getId(), null, tenant.snapshot());
        if (request.template() != null && !request.template().isBlank()) {
            templateStart.start(request.template(), null);
        }
        return enrolment.enrol(tenant.getId(), new NewAccount(adminLogin, adminName, adminEmail, Role.TENANT_ADMIN, null, null));
    }

    @RolesAllowed(Role.Names.HOST_ADMIN)
    public List<TenantSummary> summaries() {
        return rollup.summaries();
    }

    /** Active tenants, for the public pages. */
    @PermitAll
    public List<Tenant> active() {
        return em.createNamedQuery(Tenant.ACTIVE, Tenant.class).getResultList();
    }

    /**
     * What the host fills in for a new tenant.
     *
     * @param template the configuration template it starts from; none leaves the choice to its admin
     */
    public record NewTenant(String code, String nameZh, String nameEn, TenantKind kind, String template) {
    }
}
