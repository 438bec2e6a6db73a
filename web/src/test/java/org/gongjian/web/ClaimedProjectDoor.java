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
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.project.control.ClaimedProjects;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenant.control.TenantBound;

/**
 * For the tests only, deployed beside the portal: what accepting a claim does to the project life
 * cycle, i.e. {@link ClaimedProjects#open} for a claimant organisation of the admin's tenant,
 * named by its name. Returns the new project's id.
 */
@Stateless
@TenantBound
@RolesAllowed(Role.Names.TENANT_ADMIN)
@Path("t/{code}/test-only/claimed-projects")
public class ClaimedProjectDoor {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimedProjects claimed;

    @Inject
    Audit audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Opened open(@QueryParam("claimant") String name, @QueryParam("year") int year, Declaration plan) {
        Claimant claimant = em.createNamedQuery(Claimant.BY_NAME, Claimant.class).setParameter("name", name).getSingleResult();
        return new Opened(claimed.open(ProjectOwner.ofClaimant(claimant.getId()), year, plan.categoryKey(), plan.title(), plan,
                audit.actor()).getId());
    }

    public record Opened(long id) {
    }
}
