package org.gongjian.web.tenant.settings;

import java.io.Serializable;
import java.util.Locale;
import org.gongjian.tenantconfig.Name;

/** A row of a settings table with a stable key and a name in Chinese and, optionally, English. */
public abstract class NamedRow implements Serializable {

    private final String key;
    private String nameZh;
    private String nameEn;

    NamedRow(String key) {
        this.key = key;
    }

    void nameFrom(Name name) {
        nameZh = name == null ? null : name.zh();
        nameEn = name == null ? null : name.en();
    }

    /** A row still without a Chinese name has no name: the checks then name it by its key. */
    Name toName() {
        return nameZh == null ? null : new Name(nameZh, nameEn);
    }

    public String name(Locale locale) {
        return new Name(nameZh, nameEn).in(locale);
    }

    public String getKey() {
        return key;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
