package org.gongjian.web.tenant.settings;

import java.io.Serializable;
import java.math.BigDecimal;
import org.gongjian.tenantconfig.GradeBand;
import org.gongjian.tenantconfig.Name;

/** A grade band as a row of the scheme form edits it. */
public class GradeRow implements Serializable {

    private final String key;
    private String nameZh;
    private String nameEn;
    private BigDecimal from;
    private BigDecimal to;

    GradeRow(String key) {
        this.key = key;
    }

    static GradeRow of(GradeBand band) {
        GradeRow row = new GradeRow(band.key());
        row.nameZh = band.name().zh();
        row.nameEn = band.name().en();
        row.from = band.from();
        row.to = band.to();
        return row;
    }

    /** A row still without a Chinese name has no name: the checks then name the band by its key. */
    GradeBand toBand() {
        return new GradeBand(key, nameZh == null ? null : new Name(nameZh, nameEn), from, to);
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

    public BigDecimal getFrom() {
        return from;
    }

    public void setFrom(BigDecimal from) {
        this.from = from;
    }

    public BigDecimal getTo() {
        return to;
    }

    public void setTo(BigDecimal to) {
        this.to = to;
    }
}
