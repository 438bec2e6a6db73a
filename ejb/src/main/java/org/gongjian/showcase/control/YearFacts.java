package org.gongjian.showcase.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongjian.award.control.Prize;
import org.gongjian.award.control.Prizes;
import org.gongjian.evaluation.control.EvaluatedProjects;
import org.gongjian.evaluation.entity.ProjectGrade;
import org.gongjian.project.control.AcceptedProjects;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.OwnerNames;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.DocumentKind;
import org.gongjian.project.entity.FundKind;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.Edition.FigureRow;
import org.gongjian.showcase.entity.Edition.GoalLine;
import org.gongjian.showcase.entity.Edition.PrizeLine;
import org.gongjian.showcase.entity.Edition.YearFigures;
import org.gongjian.tenantconfig.Category;

/**
 * What the data of the bound tenant says of a year, computed when it is asked: the accepted
 * projects the organiser may feature, a featured project's facts, and the year's figures. Reads
 * only what the public may see of it: titles, names, targets and figures reached, grades, prizes.
 */
@Dependent
public class YearFacts {

    /** The units of measure whose figures count as people reached (人, 人次). */
    static final Set<String> PEOPLE = Set.of("人", "人次");

    @PersistenceContext
    EntityManager em;

    @Inject
    AcceptedProjects accepted;

    @Inject
    EvaluatedProjects grades;

    @Inject
    Prizes prizes;

    @Inject
    OwnerNames owners;

    /** The year's accepted projects, prized ones first, then by grade total, highest first. */
    public List<Candidate> candidates(int year) {
        Map<Long, ProjectGrade> graded = grades.ofYear(year).stream().collect(Collectors.toMap(ProjectGrade::projectId, Function.identity()));
        Map<Long, List<Prize>> prized = prizes.ofYear(year).stream().collect(Collectors.groupingBy(Prize::projectId));
        List<Project> projects = accepted.ofYear(year);
        Map<?, String> names = owners.of(projects.stream().map(Project::getOwner).toList());
        return projects.stream()
                .map(p -> new Candidate(p.getId(), p.getTitle(), names.getOrDefault(p.getOwner(), ""), graded.get(p.getId()),
                        prized.getOrDefault(p.getId(), List.of())))
                .sorted(Comparator.comparing((Candidate c) -> c.prizes().isEmpty())
                        .thenComparing(c -> c.grade() == null || c.grade().total() == null ? BigDecimal.valueOf(-1) : c.grade().total(),
                                Comparator.reverseOrder())
                        .thenComparing(Candidate::title))
                .toList();
    }

    /** A featured project's facts as the edition keeps them; the story's own text and photos are added by the caller. */
    public Edition.Story story(Project project, Candidate candidate, CategoryNames categories, String tenantCode,
                               String tenantNameZh, String tenantNameEn, String title, String body, List<Edition.PhotoLine> photos) {
        Category category = categories.byYear().getOrDefault(project.getYear(), List.of()).stream()
                .filter(c -> c.key().equals(project.getCategoryKey())).findFirst().orElse(null);
        ProjectGrade grade = candidate.grade();
        return new Edition.Story(0, tenantCode, tenantNameZh, tenantNameEn, title, body, project.getTitle(),
                category == null || category.name() == null ? project.getCategoryKey() : category.name().zh(),
                category == null || category.name() == null ? project.getCategoryKey() : category.name().en(),
                candidate.ownerName(), project.isClaimed() ? "CLAIMANT" : project.getCompetitionId() != null ? "WINNER" : "UNIT",
                grade == null || grade.gradeName() == null ? null : grade.gradeName().zh(),
                grade == null || grade.gradeName() == null ? null : grade.gradeName().en(),
                grade == null ? null : grade.total(),
                candidate.prizes().stream().sorted(Comparator.comparing(Prize::tier))
                        .map(p -> new PrizeLine(p.tier().name(), p.host(), p.batchTitle())).toList(),
                goals(documents(List.of(project.getId()), project.getYear()).get(project.getId())),
                photos);
    }

    /**
     * The year's figures: its projects (drafts aside) by category and by status; of the goals their
     * declarations set, those whose closure figure reached the target; the people reached (closure
     * figures of goals counted in 人 or 人次); the funds granted and spent.
     */
    public YearFigures figures(int year, CategoryNames categories) {
        List<Object[]> rows = em.createQuery("select p.id, p.categoryKey, p.status from Project p where p.year = :year and p.status <> :draft",
                Object[].class).setParameter("year", year).setParameter("draft", ProjectStatus.DRAFT).getResultList();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        List<Category> known = categories.byYear().getOrDefault(year, List.of());
        known.forEach(c -> byCategory.put(c.key(), 0L));
        Map<ProjectStatus, Long> byStatus = new TreeMap<>();
        for (Object[] row : rows) {
            byCategory.merge((String) row[1], 1L, Long::sum);
            byStatus.merge((ProjectStatus) row[2], 1L, Long::sum);
        }
        long goals = 0;
        long achieved = 0;
        BigDecimal people = BigDecimal.ZERO;
        for (List<GoalLine> lines : documents(null, year).values()) {
            for (GoalLine line : lines) {
                goals++;
                achieved += line.achieved() ? 1 : 0;
                if (line.reached() != null && line.unit() != null && PEOPLE.contains(line.unit().strip())) {
                    people = people.add(line.reached());
                }
            }
        }
        Map<FundKind, BigDecimal> funds = new HashMap<>();
        em.createQuery("select f.kind, sum(f.amount) from FundEntry f, Project p where f.projectId = p.id and p.year = :year"
                        + " and p.status <> :draft group by f.kind", Object[].class)
                .setParameter("year", year).setParameter("draft", ProjectStatus.DRAFT).getResultList()
                .forEach(row -> funds.put((FundKind) row[0], (BigDecimal) row[1]));
        List<FigureRow> categoryRows = byCategory.entrySet().stream().map(e -> {
            Category category = known.stream().filter(c -> c.key().equals(e.getKey())).findFirst().orElse(null);
            return new FigureRow(e.getKey(), category == null || category.name() == null ? e.getKey() : category.name().zh(),
                    category == null || category.name() == null ? e.getKey() : category.name().en(), e.getValue());
        }).toList();
        List<FigureRow> statusRows = byStatus.entrySet().stream().map(e -> new FigureRow(e.getKey().name(), null, null, e.getValue())).toList();
        return new YearFigures(rows.size(), categoryRows, statusRows, goals, achieved, people,
                funds.getOrDefault(FundKind.GRANT, BigDecimal.ZERO), funds.getOrDefault(FundKind.SPENDING, BigDecimal.ZERO));
    }

    /**
     * The goals of the latest declaration of each project of the year (drafts aside; or of the given
     * projects only) against the figures of its latest closure report, by project.
     */
    private Map<Long, List<GoalLine>> documents(List<Long> only, int year) {
        String query = "select d from ProjectDocument d, Project p where d.projectId = p.id and p.year = :year and p.status <> :draft"
                + " and ((d.kind = :declaration and d.number = p.declarationNumber) or (d.kind = :closure and d.number = p.closureNumber))"
                + (only == null ? "" : " and p.id in :only");
        var typed = em.createQuery(query, ProjectDocument.class).setParameter("year", year).setParameter("draft", ProjectStatus.DRAFT)
                .setParameter("declaration", DocumentKind.DECLARATION).setParameter("closure", DocumentKind.CLOSURE);
        if (only != null) {
            typed.setParameter("only", only);
        }
        Map<Long, Declaration> declared = new HashMap<>();
        Map<Long, Closure> closed = new HashMap<>();
        for (ProjectDocument document : typed.getResultList()) {
            if (document.getKind() == DocumentKind.DECLARATION) {
                declared.put(document.getProjectId(), document.declaration());
            } else {
                closed.put(document.getProjectId(), document.closure());
            }
        }
        Map<Long, List<GoalLine>> lines = new HashMap<>();
        declared.forEach((projectId, declaration) -> lines.put(projectId, goals(declaration, closed.get(projectId))));
        if (only != null) {
            only.forEach(id -> lines.putIfAbsent(id, List.of()));
        }
        return lines;
    }

    private static List<GoalLine> goals(Declaration declaration, Closure closure) {
        List<GoalLine> lines = new ArrayList<>();
        if (declaration.goals() == null) {
            return lines;
        }
        for (Declaration.Goal goal : declaration.goals()) {
            BigDecimal reached = closure == null || closure.figures() == null ? null : closure.figures().get(goal.key());
            boolean achieved = reached != null && goal.target() != null && reached.compareTo(goal.target()) >= 0;
            lines.add(new GoalLine(goal.description(), goal.unit(), goal.target(), reached, achieved));
        }
        return lines;
    }

    private static List<GoalLine> goals(List<GoalLine> lines) {
        return lines == null ? List.of() : lines;
    }
}
