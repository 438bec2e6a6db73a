package org.gongjian.claim.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.gongjian.account.control.Enrolment;
import org.gongjian.account.control.IssuedPassword;
import org.gongjian.account.control.NewAccount;
import org.gongjian.account.control.SignInCounts;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.claim.control.BoardRecords;
import org.gongjian.claim.control.ClaimNews;
import org.gongjian.claim.entity.JoinForm;
import org.gongjian.claim.entity.JoinRequest;
import org.gongjian.claim.entity.JoinStatus;
import org.gongjian.claimant.boundary.Claimants;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.TooOftenException;
import org.gongjian.platform.Refusals;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * Requests to join a tenant as a co-building organisation. Anyone may ask from the public board;
 * the tenant's admins accept a request, which registers the organisation with its first account,
 * or decline it with a reason.
 */
@Stateless
public class JoinRequests {

    /** Pending requests a tenant holds at most, so an anonymous flood cannot bury the real ones. */
    public static final int MAX_PENDING = 200;
    /** Requests one client address may send to one tenant in a quarter of an hour. */
    public static final int PER_ADDRESS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    CurrentTenant tenant;

    @Inject
    Audit audit;

    @Inject
    BoardRecords records;

    @Inject
    ClaimNews news;

    @Inject
    Claimants claimants;

    @Inject
    Enrolment enrolment;

    @Inject
    SignInCounts counts;

    /**
     * An organisation asks to join the active tenant with this code; its admins are told. One
     * client address sends a tenant {@value #PER_ADDRESS} requests a quarter of an hour at most.
     */
    @PermitAll
    public JoinRequest ask(String tenantCode, JoinForm form, String clientAddress) {
        Tenant to = em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", tenantCode)
                .getResultStream().filter(Tenant::isActive).findFirst().orElseThrow(NotFoundException::new);
        session.enter(to.getId());
        JoinRequest request = new JoinRequest(form);
        if (em.createNamedQuery(JoinRequest.PENDING_NAMED, Long.class).setParameter("name", request.getName()).getSingleResult() > 0) {
            throw new BusinessException("join.pending", request.getName());
        }
        if (em.createNamedQuery(JoinRequest.PENDING_COUNT, Long.class).getSingleResult() >= MAX_PENDING) {
            throw new BusinessException("join.tooMany");
        }
        long minutes = counts.admit("join:" + to.getCode() + ":" + clientAddress, PER_ADDRESS);
        if (minutes > 0) {
            throw new TooOftenException("join.tooOften", String.valueOf(minutes));
        }
        em.persist(request);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Refusals.unique(e)) {
                throw new BusinessException("join.pending", request.getName());
            }
            throw e;
        }
        audit.recordFor(to.getId(), "join.ask", "join_request", request.getId(), null, request.snapshot());
        news.toAdmins(to, "join.ask", List.of(request.getName()));
        return request;
    }

    @TenantBound
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public List<JoinRequest> withStatus(JoinStatus status) {
        return em.createNamedQuery(JoinRequest.BY_STATUS, JoinRequest.class).setParameter("status", status).getResultList();
    }

    @TenantBound
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public JoinRequest find(long id) {
        JoinRequest request = em.find(JoinRequest.class, id);
        if (request == null) {
            throw new NotFoundException();
        }
        return request;
    }

    /**
     * Registers the organisation and its first account (a claimant account for its contact person,
     * with an issued password to hand over once); the organisation is told its login by e-mail.
     */
    @TenantBound
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public IssuedPassword accept(long id, String login) {
        JoinRequest request = locked(id);
        var before = request.snapshot();
        if (request.getStatus() != JoinStatus.PENDING) {
            throw new BusinessException("join.decided", request.getStatus());
        }
        Claimant claimant = claimants.register(request.getName(), request.getKind(), request.getContactPerson(),
                request.getContactPhone());
        IssuedPassword password = enrolment.enrol(tenant.id(), new NewAccount(login, request.getContactPerson(),
                request.getEmail(), Role.CLAIMANT, null, claimant.getId()));
        request.accept(claimant.getId(), records.actor());
        records.record("join.accept", "join_request", id, before, request.snapshot());
        news.mail(request.getEmail(), "join.accept", List.of(request.getName(), password.login()));
        return password;
    }

    @TenantBound
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public JoinRequest decline(long id, String reason) {
        JoinRequest request = locked(id);
        var before = request.snapshot();
        request.decline(reason, records.actor());
        records.record("join.decline", "join_request", id, before, request.snapshot());
        news.mail(request.getEmail(), "join.decline", List.of(request.getName(), request.getDecisionReason()));
        return request;
    }

    private JoinRequest locked(long id) {
        JoinRequest request = em.find(JoinRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException();
        }
        return request;
    }
}
