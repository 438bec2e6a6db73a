package org.gongjian.notification.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.gongjian.tenant.entity.Tenant;

/**
 * What a notification says: one line in the reader's language for the inbox, and the e-mail, whose
 * reader's language is not known, in Chinese with English below. An action without words of its
 * own is told as news about the project.
 */
public final class Wording {

    public static final String REMINDER = "reminder";
    private static final String BUNDLE = "org.gongjian.notification.control.wording";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Wording() {
    }

    /** The line in Chinese, or in English when the locale is English. */
    public static String line(Locale locale, String key, List<String> arguments) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        if (REMINDER.equals(key)) {
            return reminder(words, language, arguments);
        }
        String pattern = words.getString(words.containsKey(key) ? key : "project.other");
        return new MessageFormat(pattern, language).format(arguments.toArray());
    }

    /** The reminder's arguments: the phase, the ISO date it closes, the days left. */
    private static String reminder(ResourceBundle words, Locale language, List<String> arguments) {
        String phaseKey = "phase." + arguments.get(0);
        String phase = words.containsKey(phaseKey) ? words.getString(phaseKey) : arguments.get(0);
        String closes = DateTimeFormatter.ofPattern(words.getString("date"), language).format(LocalDate.parse(arguments.get(1)));
        int days = Integer.parseInt(arguments.get(2));
        return days == 0
                ? new MessageFormat(words.getString("reminder.today"), language).format(new Object[] {phase, closes})
                : new MessageFormat(words.getString(REMINDER), language).format(new Object[] {phase, closes, days});
    }

    /**
     * The e-mail to one person about it, naming the tenant.
     *
     * @param link the project's page, or for news about no project the portal; null when no address is configured
     */
    public static Mail mail(Tenant tenant, String to, String key, List<String> arguments, String link) {
        String chinese = line(Locale.SIMPLIFIED_CHINESE, key, arguments);
        String english = line(Locale.ENGLISH, key, arguments);
        String subject = text(Locale.SIMPLIFIED_CHINESE, "mail.subject", tenant.name(false), chinese) + " / " + english;
        String linkKey = key.startsWith("project.") ? "mail.project" : "mail.portal";
        String body = part(Locale.SIMPLIFIED_CHINESE, tenant.name(false), chinese, linkKey, link)
                + "\n--------------------------------\n\n"
                + part(Locale.ENGLISH, tenant.name(true), english, linkKey, link);
        return new Mail(to, subject, body);
    }

    private static String part(Locale language, String tenantName, String line, String linkKey, String link) {
        StringBuilder part = new StringBuilder(text(language, "mail.heading", tenantName)).append("\n\n").append(line).append('\n');
        if (link != null) {
            part.append(text(language, linkKey, link)).append('\n');
        }
        return part.append('\n').append(text(language, "mail.footer")).append('\n').toString();
    }

    private static String text(Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
