package org.gongjian.claimant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.claimant.entity.ClaimantKind;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;

/** The current tenant's registered claimant organisations. */
@Stateless
@TenantBound
public class Claimants {

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
    public List<Claimant> all() {
        return em.createNamedQuery(Claimant.ALL, Claimant.class).getResultList();
    }

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
    public Optional<Claimant> find(long id) {
        return Optional.ofNullable(em.find(Claimant.class, id));
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Claimant register(String name, ClaimantKind kind, String contactPerson, String contactPhone) {
        Claimant claimant = new Claimant(name, kind, contactPerson, contactPhone);
        if (!em.createNamedQuery(Claimant.BY_NAME, Claimant.class).setParameter("name", claimant.getName()).getResultList().isEmpty()) {
            throw new BusinessException("claimant.name.taken", claimant.getName());
        }
        em.persist(claimant);
        em.flush();
        audit.record("claimant.register", "claimant", claimant.getId(), null, claimant.snapshot());
        return claimant;
    }
}
