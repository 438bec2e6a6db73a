package org.gongjian.web.tenant.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.platform.BusinessException;
import org.gongjian.project.boundary.Ledgers;
import org.gongjian.project.control.OverdueEntry;
import org.gongjian.project.entity.Signal;
import org.gongjian.web.api.FilterParameters;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.tenant.ExportQuery;

/**
 * The tenant's admins and evaluators see every ledger entry of the projects under way that is overdue
 * or due soon; the address may narrow them to a year and a signal ({@code ?year=2026&signal=RED}), as
 * the dashboard links to them.
 */
@Named
@RequestScoped
public class OverdueBacking {

    @Inject
    Ledgers ledgers;

    private List<OverdueEntry> entries = List.of();
    private String year;
    private String signal;

    /** The view action; anyone but an admin or evaluator is refused (403), a filter that cannot be read lists nothing (400). */
    public void load() {
        try {
            entries = ledgers.overdue(FilterParameters.year(year), FilterParameters.choice(Signal.class, "signal", signal));
        } catch (BusinessException unreadable) {
            Messages.refuseAddress(unreadable);
        }
    }

    /** The query string that gives the export the page's filter. */
    public String exportQuery() {
        return new ExportQuery().with("year", FilterParameters.text(year)).with("signal", FilterParameters.text(signal)).toString();
    }

    public List<OverdueEntry> getEntries() {
        return entries;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getSignal() {
        return signal;
    }

    public void setSignal(String signal) {
        this.signal = signal;
    }
}
