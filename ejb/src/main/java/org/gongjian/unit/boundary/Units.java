package org.gongjian.unit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.unit.entity.Unit;
import org.gongjian.unit.entity.UnitKind;

/** The current tenant's units: every member may list them, the tenant admin adds them. */
@Stateless
@TenantBound
public class Units {

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
    public List<Unit> all() {
        return em.createNamedQuery(Unit.ALL, Unit.class).getResultList();
    }

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
    public Optional<Unit> find(long id) {
        return Optional.ofNullable(em.find(Unit.class, id));
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Unit create(String name, UnitKind kind, String secretary) {
        Unit unit = new Unit(name, kind, secretary);
        if (!em.createNamedQuery(Unit.BY_NAME, Unit.class).setParameter("name", unit.getName()).getResultList().isEmpty()) {
            throw new BusinessException("unit.name.taken", unit.getName());
        }
        em.persist(unit);
        em.flush();
        audit.record("unit.create", "unit", unit.getId(), null, unit.snapshot());
        return unit;
    }
}
