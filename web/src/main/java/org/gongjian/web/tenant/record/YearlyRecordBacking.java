package org.gongjian.web.tenant.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.platform.BusinessException;
import org.gongjian.record.boundary.YearlyRecord;
import org.gongjian.record.boundary.YearlyRecords;
import org.gongjian.tenantconfig.Name;
import org.gongjian.unit.entity.Unit;
import org.gongjian.web.i18n.Language;

/**
 * A unit's yearly record (述职评议) for the annual report: a tenant admin chooses any unit, a unit
 * member sees its own; the year is this year unless chosen.
 */
@Named
@RequestScoped
public class YearlyRecordBacking {

    @Inject
    YearlyRecords records;

    @Inject
    Configurations configurations;

    @Inject
    Language language;

    private Long unit;
    private String year;
    private List<Unit> units;
    private YearlyRecord record;

    public void load() {
        units = records.readableUnits();
        if (year == null || year.isBlank()) {
            year = Integer.toString(configurations.today().getYear());
        }
        if (!year.strip().matches("\\d{1,4}")) {
            throw new BusinessException("record.year.number");
        }
        if (unit == null && !units.isEmpty()) {
            unit = units.get(0).getId();
        }
        if (unit != null) {
            record = records.of(unit, Integer.parseInt(year.strip()));
        }
    }

    /** A configured name in the reader's language, or the key it stands for when the configuration has none. */
    public String name(Name name, String key) {
        return name == null ? key : name.in(language.getLocale());
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public List<Unit> getUnits() {
        return units;
    }

    public YearlyRecord getRecord() {
        return record;
    }
}
