package org.gongjian.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.notification.entity.Notification;
import org.gongjian.project.control.ProjectEvent;
import org.gongjian.tenant.entity.Tenant;

/**
 * Tells people what happened: an inbox message each, written in the transaction of the change
 * itself, and e-mail to those with an address once that transaction has committed.
 */
@Dependent
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Mailer mailer;

    @Inject
    Event<Outbox> outbox;

    @Inject
    CallerAccount caller;

    /**
     * A step of a project's life cycle goes to the accounts speaking for its owner or to the
     * tenant's admins, never to whoever took it.
     */
    void on(@Observes ProjectEvent event) {
        List<Recipient> told = event.toOwner() ? recipients.speakingFor(event.owner()) : recipients.admins();
        long actor = caller.id().orElse(-1L);
        notify(em.find(Tenant.class, event.tenantId()), told.stream().filter(r -> r.accountId() != actor).toList(),
                event.projectId(), event.action(), List.of(event.title() == null ? "" : event.title()));
    }

    /**
     * Writes the message to each recipient's inbox in the tenant the transaction is bound to.
     *
     * @param projectId the project it is about, or null
     */
    public void notify(Tenant tenant, List<Recipient> to, Long projectId, String key, List<String> arguments) {
        MailSettings settings = mailer.settings();
        String link = projectId == null ? settings.tenantLink(tenant.getCode()) : settings.projectLink(tenant.getCode(), projectId);
        List<Mail> mails = new ArrayList<>();
        for (Recipient recipient : to) {
            em.persist(new Notification(recipient.accountId(), projectId, key, arguments));
            if (recipient.email() != null && settings.enabled()) {
                mails.add(Wording.mail(tenant, recipient.email(), key, arguments, link));
            }
        }
        if (!mails.isEmpty()) {
            outbox.fire(new Outbox(List.copyOf(mails)));
        }
    }
}
