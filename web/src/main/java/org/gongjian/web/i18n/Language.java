package org.gongjian.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The viewer's language: Chinese unless they chose English. Kept in a cookie rather than a
 * session, so anonymous visitors get no session.
 */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "gj-lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie(request.getCookies());
        }
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    /** The language tag for the page's {@code lang} attribute. */
    public String getTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    static Locale fromCookie(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return CHINESE;
    }
}
