package org.gongjian.web.tenant.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.project.boundary.Ledgers;
import org.gongjian.project.control.OverdueEntry;

/** The tenant's admins and evaluators see every ledger entry of the projects under way that is overdue or due soon. */
@Named
@RequestScoped
public class OverdueBacking {

    @Inject
    Ledgers ledgers;

    private List<OverdueEntry> entries;

    /** The view action; anyone but an admin or evaluator is refused (403). */
    public void load() {
        entries = ledgers.overdue();
    }

    public List<OverdueEntry> getEntries() {
        return entries;
    }
}
