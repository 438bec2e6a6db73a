package org.gongjian.web.tenant.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gongjian.audit.boundary.AuditTrail;
import org.gongjian.audit.boundary.AuditTrail.AuditFilter;
import org.gongjian.audit.entity.AuditRecord;
import org.gongjian.web.tenant.ExportQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The tenant admin browses the tenant's audit trail by date, person and kind of change, a page at a time. */
@Named
@ViewScoped
public class AuditListBacking implements Serializable {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    AuditTrail trail;

    private LocalDate from;
    private LocalDate until;
    private String actor;
    private String action;

    private final LazyDataModel<AuditRecord> records = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(filter());
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(filter(), first, pageSize);
        }
    };

    AuditFilter filter() {
        return new AuditFilter(
                from == null ? null : from.atStartOfDay(CHINA).toOffsetDateTime(),
                until == null ? null : until.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime(),
                actor, action);
    }

    /** The shown filter for the export, days as the page's date fields hold them. */
    public String exportQuery() {
        return new ExportQuery().with("since", from).with("until", until).with("login", actor).with("q", action).toString();
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
