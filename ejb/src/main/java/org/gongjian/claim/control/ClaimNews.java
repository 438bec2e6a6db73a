package org.gongjian.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.claim.entity.Claim;
import org.gongjian.notification.control.MailSettings;
import org.gongjian.notification.control.Mailer;
import org.gongjian.notification.control.Notifier;
import org.gongjian.notification.control.Outbox;
import org.gongjian.notification.control.Recipient;
import org.gongjian.notification.control.Recipients;
import org.gongjian.notification.control.Wording;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.entity.Tenant;

/**
 * Tells people about claims: every claim and withdrawal goes to the tenant's admins, every
 * decision to the accounts speaking for the organisation that claimed — never to whoever acted.
 */
@Dependent
public class ClaimNews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    CurrentTenant tenant;

    @Inject
    CallerAccount caller;

    @Inject
    Mailer mailer;

    @Inject
    Event<Outbox> outbox;

    public void toAdmins(String key, List<String> arguments) {
        toAdmins(em.find(Tenant.class, tenant.id()), key, arguments);
    }

    /** For news from an anonymous visitor, who has no tenant of their own: the transaction is bound to this one. */
    public void toAdmins(Tenant of, String key, List<String> arguments) {
        notifier.notify(of, recipients.admins(), null, key, arguments);
    }

    /** An e-mail to someone without an account yet, once the transaction has committed. */
    public void mail(String address, String key, List<String> arguments) {
        MailSettings settings = mailer.settings();
        if (address != null && settings.enabled()) {
            Tenant of = em.find(Tenant.class, tenant.id());
            outbox.fire(new Outbox(List.of(Wording.mail(of, address, key, arguments, settings.tenantLink(of.getCode())))));
        }
    }

    public void toClaimant(Claim claim, String key, List<String> arguments) {
        send(recipients.speakingFor(claim.owner()), key, arguments);
    }

    private void send(List<Recipient> to, String key, List<String> arguments) {
        long actor = caller.id().orElse(-1L);
        notifier.notify(em.find(Tenant.class, tenant.id()), to.stream().filter(r -> r.accountId() != actor).toList(),
                null, key, arguments);
    }
}
