package org.gongjian.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.audit.entity.AuditRecord;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.entity.Round;
import org.gongjian.config.entity.RoundStatus;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.BusinessException.Reason;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.Change;
import org.gongjian.project.control.DeclarationChanges;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.control.OwnerNames;
import org.gongjian.project.control.ProjectEvent;
import org.gongjian.project.control.ProjectFilter;
import org.gongjian.project.control.ProjectListing;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.DocumentKind;
import org.gongjian.project.entity.Field;
import org.gongjian.project.entity.Figure;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectComment;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.project.entity.Responsibility;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.unit.entity.Unit;

/**
 * A project from declaration to acceptance. Units declare and revise; the project's owner (a unit,
 * or a claimant organisation whose claim opened it) fixes responsibility and closes;
 * the tenant's admins review, nominate and accept; evaluators comment. Categories and quotas come
 * from the configuration the project's year froze in its round. Every move is audited with the
 * project as subject and announced as a {@link ProjectEvent}.
 */
@Stateless
@TenantBound
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class Projects {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectListing listing;

    @Inject
    OwnerNames owners;

    @Inject
    CalendarGate calendar;

    @Inject
    Rounds rounds;

    @Inject
    Audit audit;

    @Inject
    CurrentTenant tenant;

    @Inject
    Event<ProjectEvent> events;

    /**
     * A page of the projects the caller may see, newest change first: those of the owner the caller
     * speaks for, or for the tenant's admins and evaluators every declared project.
     */
    public List<ProjectRow> list(ProjectFilter filter, int first, int size) {
        return listing.page(filter, first, size);
    }

    public long count(ProjectFilter filter) {
        return listing.count(filter);
    }

    public Project find(long id) {
        return access.readable(id);
    }

    /** The name of the project's owner, a unit or a claimant organisation. */
    public String ownerName(long id) {
        return owners.of(access.readable(id).getOwner());
    }

    /** The declaration as it stands now: the draft while the unit edits, else the last submitted. */
    public Declaration declaration(long id) {
        return access.readable(id).getDraft();
    }

    public List<ProjectDocument> declarations(long id) {
        return documents(id, DocumentKind.DECLARATION);
    }

    public Declaration declaration(long id, int number) {
        return document(id, DocumentKind.DECLARATION, number).declaration();
    }

    /** What changed from one submitted declaration version to another. */
    public List<Change> compare(long id, int from, int to) {
        return DeclarationChanges.between(declaration(id, from), declaration(id, to));
    }

    public List<ProjectDocument> closures(long id) {
        return documents(id, DocumentKind.CLOSURE);
    }

    public Closure closure(long id, int number) {
        return document(id, DocumentKind.CLOSURE, number).closure();
    }

    public Responsibility responsibility(long id) {
        return access.readable(id).getResponsibility();
    }

    public List<ProjectComment> comments(long id) {
        access.readable(id);
        return em.createNamedQuery(ProjectComment.OF_PROJECT, ProjectComment.class).setParameter("project", id).getResultList();
    }

    /** Every recorded change of the project and its ledger, reports, visits and funds, oldest first. */
    public List<AuditRecord> timeline(long id) {
        access.readable(id);
        return em.createNamedQuery(AuditRecord.OF_SUBJECT, AuditRecord.class).setParameter("tenant", tenant.id())
                .setParameter("type", "project").setParameter("subject", id).getResultList();
    }

    /** The categories of the project's year, from the configuration its round froze. */
    public List<Category> categories(int year) {
        return frozen(year).categories();
    }

    /** Starts a draft declaration for the caller's unit in the year whose declaration window is open. */
    @RolesAllowed(Role.Names.UNIT_MEMBER)
    public Project startDraft(Declaration declaration) {
        Long unit = access.callerUnit();
        if (unit == null) {
            throw new EJBAccessException("a unit member without a unit");
        }
        int year = calendar.requireOpen(Phase.DECLARATION);
        Declaration keyed = declaration.keyedAfter(Declaration.empty());
        refuseIf(draftProblems(keyed, frozen(year)));
        Project project = Project.draft(unit, year, keyed.categoryKey(), Field.TITLE.optional(keyed.title()), keyed, audit.actor());
        em.persist(project);
        em.flush();
        audit.record("project.draft", "project", project.getId(), null, project.snapshot());
        return project;
    }

    @RolesAllowed(Role.Names.UNIT_MEMBER)
    public Project saveDraft(long id, Declaration declaration) {
        Project project = access.forOwner(id);
        var before = project.snapshot();
        Declaration keyed = declaration.keyedAfter(project.getDraft());
        refuseIf(draftProblems(keyed, frozen(project.getYear())));
        project.editDeclaration(keyed.categoryKey(), Field.TITLE.optional(keyed.title()), keyed);
        audit.record("project.edit", "project", id, before, project.snapshot());
        return project;
    }

    /**
     * Submits the draft as the next declaration version. The first submission needs the declaration
     * window open and room in the unit's yearly quota; a revision the tenant asked for does not.
     */
    @RolesAllowed(Role.Names.UNIT_MEMBER)
    public Project submit(long id) {
        Project project = access.forOwner(id);
        var before = project.snapshot();
        TenantConfiguration configuration = frozen(project.getYear());
        Declaration declaration = project.getDraft();
        Set<String> categories = configuration.categories().stream().map(Category::key).collect(Collectors.toSet());
        refuseIf(declaration.completenessProblems(categories));
        if (project.getDeclarationNumber() == 0) {
            calendar.requireOpen(Phase.DECLARATION);
            em.lock(em.find(Unit.class, project.getOwner().unitId()), LockModeType.PESSIMISTIC_WRITE);
            long declared = em.createNamedQuery(Project.DECLARED_BY_UNIT, Long.class)
                    .setParameter("unit", project.getOwner().unitId()).setParameter("year", project.getYear()).getSingleResult();
            int quota = configuration.rules().declarationsPerUnit();
            if (declared >= quota) {
                throw new BusinessException("project.quota.declarations", String.valueOf(project.getYear()), quota);
            }
        }
        int number = project.submit();
        em.persist(ProjectDocument.declaration(id, number, project.getDraft(), audit.actor()));
        changed(project, "project.submit", before, false);
        return project;
    }

    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Project returnForRevision(long id, String reason) {
        return decide(id, "project.return", project -> project.returnForRevision(reason));
    }

    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Project reject(long id, String reason) {
        return decide(id, "project.reject", project -> project.reject(reason));
    }

    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Project approve(long id) {
        return decide(id, "project.approve", Project::approve);
    }

    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.EVALUATOR})
    public ProjectComment comment(long id, String body) {
        Project project = access.forOrganiser(id);
        ProjectComment comment = new ProjectComment(id, audit.actor(), body);
        em.persist(comment);
        audit.record("project.comment", "project", id, null, Map.of("comment", comment.getBody()));
        events.fire(ProjectEvent.of(tenant.id(), project, "project.comment", true));
        return comment;
    }

    /** Nominates an approved project upward to the host, within the year's quota; or withdraws it. */
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Project nominate(long id, boolean nominated) {
        Project project = access.forAdmin(id);
        var before = project.snapshot();
        if (nominated && !project.isNominated()) {
            Round round = openRound(project.getYear());
            em.lock(round, LockModeType.PESSIMISTIC_WRITE);
            long already = em.createNamedQuery(Project.NOMINATED_IN_YEAR, Long.class)
                    .setParameter("year", project.getYear()).getSingleResult();
            int quota = ConfigHistory.read(round.getFrozen()).configuration().rules().nominationsUpward();
            if (already >= quota) {
                throw new BusinessException("project.quota.nominations", String.valueOf(project.getYear()), quota);
            }
        }
        project.nominate(nominated);
        changed(project, nominated ? "project.nominate" : "project.withdrawNomination", before, true);
        return project;
    }

    /** Fixes the 五定 of an approved project, which starts its implementation; later corrections too. */
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public Project fixResponsibility(long id, Responsibility responsibility) {
        Project project = access.forOwnerOrAdmin(id);
        var before = project.snapshot();
        Responsibility checked = responsibility == null ? new Responsibility(null, null, null).checked() : responsibility.checked();
        Responsibility previous = project.getResponsibility();
        project.fixResponsibility(checked);
        var after = project.snapshot();
        after.put("responsibility", checked);
        if (previous != null) {
            before.put("responsibility", previous);
        }
        audit.record("project.responsibility", "project", id, before, after);
        return project;
    }

    /** The owner's closure report with a final figure for every declared goal. */
    @RolesAllowed({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public Project submitClosure(long id, Closure closure) {
        Project project = access.forOwner(id);
        var before = project.snapshot();
        Declaration declared = project.getDraft();
        List<Reason> reasons = new ArrayList<>();
        String summary = null;
        try {
            summary = Field.SUMMARY.required(closure == null ? null : closure.summary());
        } catch (BusinessException refused) {
            reasons.addAll(refused.reasons());
        }
        Map<String, BigDecimal> figures = closure == null ? Map.of() : closure.figures();
        for (Goal goal : declared.goals()) {
            BigDecimal figure = figures.get(goal.key());
            if (figure == null) {
                reasons.add(new Reason("closure.figure.required", List.of(goal.description())));
            } else {
                Figure.problem(goal.description(), figure).ifPresent(reasons::add);
            }
        }
        refuseIf(reasons);
        Set<String> goalKeys = declared.goals().stream().map(Goal::key).collect(Collectors.toSet());
        Closure kept = new Closure(summary, figures.entrySet().stream().filter(entry -> goalKeys.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        int number = project.submitClosure();
        em.persist(ProjectDocument.closure(id, number, kept, audit.actor()));
        changed(project, "project.closure.submit", before, false);
        return project;
    }

    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Project returnClosure(long id, String reason) {
        return decide(id, "project.closure.return", project -> project.returnClosure(reason));
    }

    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Project accept(long id) {
        return decide(id, "project.accept", Project::accept);
    }

    /** An admin's decision on the project, audited and told to its owner. */
    private Project decide(long id, String action, Consumer<Project> move) {
        Project project = access.forAdmin(id);
        var before = project.snapshot();
        move.accept(project);
        changed(project, action, before, true);
        return project;
    }

    private void changed(Project project, String action, Map<String, Object> before, boolean toOwner) {
        audit.record(action, "project", project.getId(), before, project.snapshot());
        events.fire(ProjectEvent.of(tenant.id(), project, action, toOwner));
    }

    private List<ProjectDocument> documents(long id, DocumentKind kind) {
        access.readable(id);
        return em.createNamedQuery(ProjectDocument.OF_PROJECT, ProjectDocument.class)
                .setParameter("project", id).setParameter("kind", kind).getResultList();
    }

    private ProjectDocument document(long id, DocumentKind kind, int number) {
        access.readable(id);
        return em.createNamedQuery(ProjectDocument.BY_NUMBER, ProjectDocument.class).setParameter("project", id)
                .setParameter("kind", kind).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private TenantConfiguration frozen(int year) {
        return ConfigHistory.read(openRound(year).getFrozen()).configuration();
    }

    private Round openRound(int year) {
        Round round = rounds.find(year).orElseThrow(() -> new BusinessException("project.round.missing", String.valueOf(year)));
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new BusinessException("project.round.finished", String.valueOf(year));
        }
        return round;
    }

    /** A draft may be incomplete, but it has a title and one of its year's categories from the start. */
    private static List<Reason> draftProblems(Declaration draft, TenantConfiguration configuration) {
        List<Reason> reasons = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            reasons.add(new Reason("project.field.required", List.of(Field.TITLE)));
        }
        if (draft.categoryKey() == null || configuration.category(draft.categoryKey()).isEmpty()) {
            reasons.add(new Reason("declaration.category.required", List.of()));
        }
        reasons.addAll(draft.formatProblems());
        return reasons;
    }

    private static void refuseIf(List<Reason> reasons) {
        if (!reasons.isEmpty()) {
            throw new BusinessException(reasons);
        }
    }
}
