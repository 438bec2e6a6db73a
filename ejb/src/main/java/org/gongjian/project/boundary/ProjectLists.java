package org.gongjian.project.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.entity.Round;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.LedgerRows;
import org.gongjian.project.control.LedgerSheetRow;
import org.gongjian.project.control.ProjectFilter;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenantconfig.Category;

/**
 * The tenant's project list as a whole, for exports: the same projects {@link Projects#list} shows
 * the caller, with their ledgers, and the names of their categories.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class ProjectLists {

    static final int PAGE = 500;

    @Inject
    Projects projects;

    @Inject
    Rounds rounds;

    @Inject
    LedgerRows ledger;

    @Inject
    CalendarGate calendar;

    /** Every project of the filter the caller may see, newest change first. */
    public List<ProjectRow> all(ProjectFilter filter) {
        List<ProjectRow> rows = new ArrayList<>();
        List<ProjectRow> page;
        do {
            page = projects.list(filter, rows.size(), PAGE);
            rows.addAll(page);
        } while (page.size() == PAGE);
        return rows;
    }

    /** The ledger entries of those projects, with their traffic lights on the tenant's today. */
    public List<LedgerSheetRow> ledger(ProjectFilter filter) {
        return ledger.of(all(filter), calendar.today());
    }

    public CategoryNames categoryNames() {
        return CategoryNames.of(rounds.all());
    }
}
