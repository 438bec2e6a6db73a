package org.gongjian.print;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printed words in the reader's language (Chinese unless English is asked for), dates as
 * 2026年7月1日 and amounts as ¥1,234.50, like the portal's pages.
 */
final class Wording {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    private Wording(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.gongjian.print.words", locale, NO_FALLBACK);
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
    }

    static Wording of(Locale locale) {
        return new Wording(locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String languageTag() {
        return locale.toLanguageTag();
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    String yuan(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** A count or measure as written, with thousands grouped and no trailing zeros. */
    String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
