package org.gongjian.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Role;
import org.gongjian.project.entity.ProjectStatus;

/** The active accounts of the bound tenant who hear about something, by their memberships. */
@Dependent
public class Recipients {

    private static final String MEMBERS = "select distinct a from Membership m join m.account a where a.active = true and m.role = :role";

    @PersistenceContext
    EntityManager em;

    public List<Recipient> unitMembers(long unitId) {
        return read(em.createQuery(MEMBERS + " and m.unitId = :unit order by a.id", Account.class)
                .setParameter("role", Role.UNIT_MEMBER).setParameter("unit", unitId));
    }

    /** The accounts speaking for a claimant organisation. */
    public List<Recipient> claimantMembers(long claimantId) {
        return read(em.createQuery(MEMBERS + " and m.claimantId = :claimant order by a.id", Account.class)
                .setParameter("role", Role.CLAIMANT).setParameter("claimant", claimantId));
    }

    public List<Recipient> admins() {
        return read(em.createQuery(MEMBERS + " order by a.id", Account.class).setParameter("role", Role.TENANT_ADMIN));
    }

    public List<Recipient> membersOfAllUnits() {
        return read(em.createQuery(MEMBERS + " order by a.id", Account.class).setParameter("role", Role.UNIT_MEMBER));
    }

    /** Members of the units with a project of the year in one of these states. */
    public List<Recipient> membersOfUnitsWith(int year, Collection<ProjectStatus> statuses) {
        return read(em.createQuery(MEMBERS + " and m.unitId in (select p.unitId from Project p"
                        + " where p.year = :year and p.status in :statuses) order by a.id", Account.class)
                .setParameter("role", Role.UNIT_MEMBER).setParameter("year", year).setParameter("statuses", statuses));
    }

    private static List<Recipient> read(TypedQuery<Account> query) {
        return query.getResultStream().map(Recipient::of).toList();
    }
}
