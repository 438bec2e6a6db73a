package org.gongjian.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Role;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.project.entity.ProjectStatus;

/** The active accounts of the bound tenant who hear about something, by their memberships. */
@Dependent
public class Recipients {

    private static final String MEMBERS = "select distinct a from Membership m join m.account a where a.active = true and m.role = :role";

    @PersistenceContext
    EntityManager em;

    /** The accounts that speak for the owner of a project: its unit's members, or its claimant organisation's accounts. */
    public List<Recipient> speakingFor(ProjectOwner owner) {
        return owner.isUnit()
                ? read(em.createQuery(MEMBERS + " and m.unitId = :unit order by a.id", Account.class)
                        .setParameter("role", Role.UNIT_MEMBER).setParameter("unit", owner.unitId()))
                : read(em.createQuery(MEMBERS + " and m.claimantId = :claimant order by a.id", Account.class)
                        .setParameter("role", Role.CLAIMANT).setParameter("claimant", owner.claimantId()));
    }

    public List<Recipient> admins() {
        return read(em.createQuery(MEMBERS + " order by a.id", Account.class).setParameter("role", Role.TENANT_ADMIN));
    }

    public List<Recipient> membersOfAllUnits() {
        return read(em.createQuery(MEMBERS + " order by a.id", Account.class).setParameter("role", Role.UNIT_MEMBER));
    }

    /**
     * The accounts speaking for the owners of the year's projects in one of these states: members
     * of those units and accounts of those claimant organisations.
     */
    public List<Recipient> speakingForOwnersWith(int year, Collection<ProjectStatus> statuses) {
        return read(em.createQuery("select distinct a from Membership m join m.account a where a.active = true and ("
                        + "m.role = :unitMember and m.unitId in (select p.owner.unitId from Project p"
                        + " where p.year = :year and p.status in :statuses and p.owner.unitId is not null)"
                        + " or m.role = :claimant and m.claimantId in (select p.owner.claimantId from Project p"
                        + " where p.year = :year and p.status in :statuses and p.owner.claimantId is not null)) order by a.id",
                        Account.class)
                .setParameter("unitMember", Role.UNIT_MEMBER).setParameter("claimant", Role.CLAIMANT)
                .setParameter("year", year).setParameter("statuses", statuses));
    }

    private static List<Recipient> read(TypedQuery<Account> query) {
        return query.getResultStream().map(Recipient::of).toList();
    }
}
