package org.gongjian.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.project.control.ClaimedProjects;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantSession;

/**
 * For the tests only, deployed beside the portal: accepted projects of the units of the members
 * with these logins, and the year's evaluation opened over them and closed through the evaluation
 * component's own boundary, so each has a frozen result. Projects marked not to be evaluated are
 * accepted after the evaluation closed and have none. Returns the projects' ids in order.
 */
@Stateless
@TenantBound
@RolesAllowed(Role.Names.TENANT_ADMIN)
@Path("t/{code}/test-only/evaluated-projects")
public class EvaluatedProjectDoor {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimedProjects claimed;

    @Inject
    Evaluations evaluations;

    @Inject
    TenantSession session;

    @Inject
    Audit audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<Long> make(@QueryParam("year") int year, List<Wanted> wanted) throws SQLException {
        Long[] ids = new Long[wanted.size()];
        for (int i = 0; i < ids.length; i++) {
            if (wanted.get(i).evaluated()) {
                ids[i] = accepted(year, wanted.get(i));
            }
        }
        evaluations.open(year);
        evaluations.close(year);
        for (int i = 0; i < ids.length; i++) {
            if (!wanted.get(i).evaluated()) {
                ids[i] = accepted(year, wanted.get(i));
            }
        }
        return List.of(ids);
    }

    private long accepted(int year, Wanted wanted) throws SQLException {
        long unit = em.createQuery("select m.unitId from Membership m where m.account.login = :login and m.unitId is not null", Long.class)
                .setParameter("login", wanted.unitOf()).getSingleResult();
        long id = claimed.open(ProjectOwner.ofUnit(unit), year, wanted.plan().categoryKey(), wanted.plan().title(), wanted.plan(),
                audit.actor()).getId();
        em.flush();
        try (PreparedStatement accept = session.connection().prepareStatement("update project set status = 'ACCEPTED' where id = ?")) {
            accept.setLong(1, id);
            accept.executeUpdate();
        }
        em.clear();
        return id;
    }

    /** A project to make: the unit of the member with this login, its plan, and whether it is evaluated. */
    public record Wanted(String unitOf, Declaration plan, boolean evaluated) {
    }
}
