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
import java.math.BigDecimal;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.project.control.WonProjects;
import org.gongjian.project.entity.Declaration;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;

/**
 * For the tests only, deployed beside the portal: what announcing a winning bid does to the project
 * life cycle, i.e. {@link WonProjects#open} for the unit of the member with this login, won in this
 * competition with this grant. Returns the new project's id.
 */
@Stateless
@TenantBound
@RolesAllowed(Role.Names.TENANT_ADMIN)
@Path("t/{code}/test-only/won-projects")
public class WonProjectDoor {

    @PersistenceContext
    EntityManager em;

    @Inject
    WonProjects won;

    @Inject
    CurrentTenant tenant;

    @Inject
    CalendarGate calendar;

    @Inject
    Audit audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ClaimedProjectDoor.Opened open(@QueryParam("unitOf") String login, @QueryParam("competition") long competition,
                                          @QueryParam("year") int year, @QueryParam("grant") BigDecimal grant, Declaration plan) {
        long unit = em.createQuery("select m.unitId from Membership m where m.account.login = :login and m.unitId is not null",
                Long.class).setParameter("login", login).getSingleResult();
        return new ClaimedProjectDoor.Opened(won.open(tenant.id(), unit, competition, year, plan, grant, calendar.today(),
                "竞标支持经费", audit.actor()).getId());
    }
}
