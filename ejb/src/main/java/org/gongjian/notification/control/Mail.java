package org.gongjian.notification.control;

/** One e-mail, ready to send. */
public record Mail(String to, String subject, String body) {
}
