package org.gongjian.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Page messages from the UI bundles, in the viewer's language. */
public final class Messages {

    public static final String BUNDLE = "org.gongjian.web.i18n.messages";

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.refused");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(severity, text, null));
    }
}
