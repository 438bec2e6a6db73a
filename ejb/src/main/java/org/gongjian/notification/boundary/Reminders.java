package org.gongjian.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.notification.control.DueWindow;
import org.gongjian.notification.control.Notifier;
import org.gongjian.notification.control.Recipient;
import org.gongjian.notification.control.Recipients;
import org.gongjian.notification.control.ReminderClaims;
import org.gongjian.notification.control.Wording;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * Reminders before the windows of each active tenant's calendar close, as inbox messages and
 * e-mail. The scheduled job {@code reminders} runs them once an hour on one server of a cluster
 * ({@code org.gongjian.job}); each reminder is claimed in the database all the same
 * ({@link ReminderClaims}), so however often they run it goes out once. "Today" is the database
 * clock's date in the tenant's time zone. The declaration reminder goes to every unit's members;
 * the others to the members of units with a project of that year still to hand something in.
 */
@Stateless
// The scheduler calls it with no caller; no page or API reaches it.
@PermitAll
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    TenantSession session;

    @Inject
    CalendarGate calendar;

    @Inject
    ConfigHistory history;

    @Inject
    ReminderClaims claims;

    @Inject
    Recipients recipients;

    @Inject
    Notifier notifier;

    @Inject
    Audit audit;

    /**
     * Sends the reminders due now that no server has sent yet, each tenant in a transaction of its own.
     *
     * @return how many this server sent
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        Reminders self = context.getBusinessObject(Reminders.class);
        int sent = 0;
        for (Tenant tenant : em.createNamedQuery(Tenant.ACTIVE, Tenant.class).getResultList()) {
            try {
                sent += self.sendDueIn(tenant.getId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "reminders of tenant " + tenant.getCode() + " not sent; the next run tries again", e);
            }
        }
        if (sent > 0) {
            int count = sent;
            LOG.info(() -> count + " deadline reminders sent");
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDueIn(long tenantId) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        session.enter(tenantId);
        Optional<SavedConfiguration> latest = history.latest();
        if (tenant == null || !tenant.isActive() || latest.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (DueWindow due : DueWindow.dueOn(latest.get().configuration(), calendar.today())) {
            if (claims.claim(due)) {
                List<Recipient> to = recipientsOf(due);
                notifier.notify(tenant, to, null, Wording.REMINDER, due.arguments());
                audit.recordFor(tenantId, "reminder.send", "reminder", null, null, state(due, to.size()));
                sent++;
            }
        }
        return sent;
    }

    private List<Recipient> recipientsOf(DueWindow due) {
        return switch (due.phase()) {
            case DECLARATION -> recipients.membersOfAllUnits();
            case AWARD_APPLICATION -> recipients.speakingForOwnersWith(due.year(),
                    EnumSet.of(ProjectStatus.UNDERWAY, ProjectStatus.CLOSURE_SUBMITTED, ProjectStatus.ACCEPTED));
            default -> recipients.speakingForOwnersWith(due.year(), EnumSet.of(ProjectStatus.UNDERWAY));
        };
    }

    private static Map<String, Object> state(DueWindow due, int recipients) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", due.year());
        state.put("phase", due.phase());
        state.put("closes", due.closes().toString());
        state.put("daysBefore", due.daysBefore());
        state.put("recipients", recipients);
        return state;
    }
}
