package org.gongjian.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Digits;

/**
 * Page messages from the UI bundles, in the viewer's language. Arguments are shown as a reader
 * expects them: an enum constant by its label ({@code enum.Phase.REVIEW}), a date the Chinese or
 * English way, a decimal without trailing zeros.
 */
public final class Messages {

    public static final String BUNDLE = "org.gongjian.web.i18n.messages";
    /** Times are shown in China time, as on the audit trail; tenants are Chinese committees. */
    public static final ZoneId SHOWN_ZONE = ZoneId.of("Asia/Shanghai");

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A filter in the page's address that cannot be read: its reasons as messages, and 400. */
    public static void refuseAddress(BusinessException unreadable) {
        FacesContext context = FacesContext.getCurrentInstance();
        // a view action runs before the template's f:view gives the view its reader's language
        context.getViewRoot().setLocale(context.getApplication().evaluateExpressionGet(context, "#{language.locale}", Locale.class));
        unreadable.reasons().forEach(reason -> error(reason.key(), reason.arguments().toArray()));
        context.getExternalContext().setResponseStatus(400);
    }

    /** The text in the current page's language. */
    public static String text(String key, Object... arguments) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.refused");
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = Arrays.stream(arguments).map(argument -> shown(bundle, locale, argument)).toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    private static Object shown(ResourceBundle bundle, Locale locale, Object argument) {
        if (argument instanceof Enum<?> constant) {
            String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale).format(date);
        }
        if (argument instanceof OffsetDateTime time) {
            return moment(bundle, locale, "format.dateTime", time);
        }
        if (argument instanceof BigDecimal number) {
            // Plain only within bounds: the plain form of 1e-999999999 is a billion characters long.
            return Digits.READABLE.admits(number) ? number.stripTrailingZeros().toPlainString() : number.toString();
        }
        return argument;
    }

    /** A moment in China time, in the reader's pattern (a bundle key such as {@code format.dateTime}). */
    public static String moment(Locale locale, String patternKey, OffsetDateTime time) {
        return moment(ResourceBundle.getBundle(BUNDLE, locale), locale, patternKey, time);
    }

    private static String moment(ResourceBundle bundle, Locale locale, String patternKey, OffsetDateTime time) {
        return DateTimeFormatter.ofPattern(bundle.getString(patternKey), locale).format(time.atZoneSameInstant(SHOWN_ZONE));
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(severity, text, null));
    }
}
