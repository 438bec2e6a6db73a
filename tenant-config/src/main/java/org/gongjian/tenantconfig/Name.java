package org.gongjian.tenantconfig;

import java.io.Serializable;
import java.util.Locale;

/** A name in Chinese, with an optional English form. */
public record Name(String zh, String en) implements Serializable {

    /** The English form for English readers when there is one, the Chinese otherwise. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : zh;
    }

    void check(String path, int zhMax, int enMax, Problems problems) {
        if (zh == null || zh.isBlank()) {
            problems.add(path + ".zh", "config.name.required", "Chinese name is missing");
        } else if (zh.length() > zhMax) {
            problems.add(path + ".zh", "config.name.long", "Chinese name '" + zh + "' is longer than " + zhMax, zh, zhMax);
        }
        if (en != null && en.length() > enMax) {
            problems.add(path + ".en", "config.name.long", "English name '" + en + "' is longer than " + enMax, en, enMax);
        }
    }
}
