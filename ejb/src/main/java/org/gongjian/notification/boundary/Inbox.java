package org.gongjian.notification.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.notification.entity.Notification;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;

/**
 * The caller's own inbox in the current tenant. Every member has one; nobody reads or marks
 * another's messages: those are not found, the same as messages that do not exist.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Audit audit;

    /** A page of the caller's messages, newest first. */
    public List<Notification> mine(int first, int size) {
        return em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class).setParameter("recipient", me())
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(size, 1), 100)).getResultList();
    }

    public long count() {
        return em.createNamedQuery(Notification.COUNT_OF_RECIPIENT, Long.class).setParameter("recipient", me()).getSingleResult();
    }

    public long unreadCount() {
        return em.createNamedQuery(Notification.COUNT_UNREAD_OF_RECIPIENT, Long.class).setParameter("recipient", me()).getSingleResult();
    }

    /** Marks one of the caller's messages read; reading it again changes nothing. */
    public Notification markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || notification.getRecipientId() != me()) {
            throw new NotFoundException();
        }
        if (notification.markRead(OffsetDateTime.now())) {
            audit.record("notification.read", "notification", id, Map.of("read", false), Map.of("read", true));
        }
        return notification;
    }

    /** @return how many of the caller's messages were unread until now */
    public int markAllRead() {
        List<Notification> unread = em.createNamedQuery(Notification.UNREAD_OF_RECIPIENT, Notification.class)
                .setParameter("recipient", me()).getResultList();
        OffsetDateTime now = OffsetDateTime.now();
        unread.forEach(notification -> notification.markRead(now));
        if (!unread.isEmpty()) {
            audit.record("notification.readAll", "notification", null, Map.of("unread", unread.size()), Map.of("unread", 0));
        }
        return unread.size();
    }

    private long me() {
        return caller.id().orElseThrow(() -> new EJBAccessException("no signed-in account"));
    }
}
