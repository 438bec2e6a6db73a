package org.gongjian.web.tenant.settings;

import java.math.BigDecimal;
import org.gongjian.tenantconfig.GradeBand;

/** A grade band as a row of the scheme form edits it. */
public class GradeRow extends NamedRow {

    private BigDecimal from;
    private BigDecimal to;

    GradeRow(String key) {
        super(key);
    }

    static GradeRow of(GradeBand band) {
        GradeRow row = new GradeRow(band.key());
        row.nameFrom(band.name());
        row.from = band.from();
        row.to = band.to();
        return row;
    }

    GradeBand toBand() {
        return new GradeBand(getKey(), toName(), from, to);
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
