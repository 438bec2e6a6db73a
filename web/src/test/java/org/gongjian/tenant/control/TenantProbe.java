package org.gongjian.tenant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenant.entity.TenantKind;
import org.gongjian.unit.entity.Unit;
import org.gongjian.unit.entity.UnitKind;

/** Runs JPA work bound to one tenant, each call its own transaction, for the isolation tests. */
@Stateless
public class TenantProbe {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    public long createTenant(String code) {
        Tenant tenant = new Tenant(code, "隔离测试" + code, null, TenantKind.STREET, "Asia/Shanghai");
        em.persist(tenant);
        em.flush();
        return tenant.getId();
    }

    public long createUnit(long tenantId, String name) {
        session.enter(tenantId);
        Unit unit = new Unit(name, UnitKind.BRANCH, "原书记");
        em.persist(unit);
        em.flush();
        return unit.getId();
    }

    public List<String> unitNames(long tenantId) {
        session.enter(tenantId);
        return em.createQuery("select u.name from Unit u order by u.name", String.class).getResultList();
    }

    public List<String> unitNamesWithoutTenant() {
        return em.createQuery("select u.name from Unit u", String.class).getResultList();
    }

    public boolean finds(long tenantId, long unitId) {
        session.enter(tenantId);
        return em.find(Unit.class, unitId) != null;
    }

    public int renameSecretaries(long tenantId, String secretary) {
        session.enter(tenantId);
        return em.createQuery("update Unit u set u.secretary = :secretary").setParameter("secretary", secretary).executeUpdate();
    }

    public int deleteUnitById(long tenantId, long unitId) {
        session.enter(tenantId);
        return em.createQuery("delete from Unit u where u.id = :id").setParameter("id", unitId).executeUpdate();
    }

    public String secretary(long tenantId, long unitId) {
        session.enter(tenantId);
        return em.find(Unit.class, unitId).getSecretary();
    }
}
