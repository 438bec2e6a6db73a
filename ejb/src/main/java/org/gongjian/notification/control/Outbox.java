package org.gongjian.notification.control;

import java.util.List;

/** The e-mails a transaction wrote, sent only once it has committed. */
public record Outbox(List<Mail> mails) {
}
