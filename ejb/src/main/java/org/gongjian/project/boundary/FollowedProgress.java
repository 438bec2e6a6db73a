package org.gongjian.project.boundary;

import java.time.LocalDate;
import java.util.List;
import org.gongjian.project.control.FollowedProject;
import org.gongjian.project.control.FundStatement;
import org.gongjian.project.control.LedgerLine;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.ProgressReport;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.SupervisionVisit;

/**
 * How a project won in a host competition is going, as the host reads it: the project with its plan
 * and 五定, its ledger with traffic lights as of the tenant's today, progress reports, visits, funds,
 * and the closure report waiting for acceptance (null when there is none).
 */
public record FollowedProgress(FollowedProject summary, Project project, List<LedgerLine> ledger, List<ProgressReport> reports,
                               List<SupervisionVisit> visits, FundStatement funds, Closure closure, LocalDate today) {

    public FollowedProgress {
        ledger = List.copyOf(ledger);
        reports = List.copyOf(reports);
        visits = List.copyOf(visits);
    }
}
