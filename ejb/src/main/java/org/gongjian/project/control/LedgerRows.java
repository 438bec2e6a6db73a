package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongjian.project.entity.LedgerEntry;

/**
 * The ledger entries of a set of projects the caller was already allowed to see: project by
 * project in the order given, each project's entries in its ledger's order, each with its traffic
 * light on the given day.
 */
@Dependent
public class LedgerRows {

    /** Ids per query, well below what a PostgreSQL statement takes. */
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    public List<LedgerSheetRow> of(List<ProjectRow> projects, LocalDate today) {
        Map<Long, ProjectRow> byId = projects.stream().collect(Collectors.toMap(ProjectRow::id, Function.identity()));
        List<LedgerEntry> entries = new ArrayList<>();
        List<Long> ids = projects.stream().map(ProjectRow::id).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            entries.addAll(em.createQuery("select e from LedgerEntry e where e.projectId in :projects "
                    + "order by e.stage, e.deadline, e.id", LedgerEntry.class)
                    .setParameter("projects", ids.subList(from, Math.min(from + CHUNK, ids.size()))).getResultList());
        }
        Map<Long, List<LedgerEntry>> byProject = entries.stream().collect(Collectors.groupingBy(LedgerEntry::getProjectId));
        List<LedgerSheetRow> lines = new ArrayList<>();
        for (Long id : ids) {
            ProjectRow project = byId.get(id);
            byProject.getOrDefault(id, List.of()).stream()
                    .map(entry -> new LedgerSheetRow(id, project.title(), project.ownerName(), entry.getStage(), entry.getKind(),
                            entry.getTitle(), entry.getOwner(), entry.getDeadline(), entry.getMeasures(), entry.getStatus(),
                            entry.signal(today)))
                    .forEach(lines::add);
        }
        return lines;
    }
}
