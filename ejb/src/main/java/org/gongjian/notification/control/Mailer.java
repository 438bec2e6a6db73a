package org.gongjian.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mail of a transaction after it has committed, on a managed thread, so neither a slow
 * SMTP server nor a failing one delays or undoes what the request did. Every mail that cannot be
 * sent is logged with its recipient and subject; the inbox has the message either way.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource
    ManagedExecutorService executor;

    private MailSettings settings;

    @PostConstruct
    void read() {
        settings = MailSettings.from(System.getenv());
    }

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.info(settings::describe);
    }

    public MailSettings settings() {
        return settings;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox outbox) {
        if (!settings.enabled() || outbox.mails().isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> deliver(outbox.mails()));
        } catch (RejectedExecutionException e) {
            lost(outbox.mails(), e);
        }
    }

    /** Sends every mail over one connection; a refused address does not stop the others. */
    void deliver(List<Mail> mails) {
        List<Mail> pending = new ArrayList<>(mails);
        Session session = Session.getInstance(settings.sessionProperties());
        try (Transport transport = session.getTransport()) {
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            for (Iterator<Mail> next = pending.iterator(); next.hasNext(); ) {
                Mail mail = next.next();
                try {
                    MimeMessage message = message(session, mail);
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    lost(List.of(mail), e);
                }
                next.remove();
            }
        } catch (MessagingException | RuntimeException e) {
            lost(pending, e);
        }
    }

    private MimeMessage message(Session session, Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }

    private static void lost(List<Mail> mails, Exception cause) {
        for (Mail mail : mails) {
            LOG.log(Level.WARNING, "e-mail not sent to " + mail.to() + " (" + mail.subject() + "): " + cause, cause);
        }
    }
}
