package org.gongjian.project.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A project of one tenant and year, owned by a unit or a claimant organisation ({@link ProjectOwner}).
 * The status moves only as {@link Move} allows; every other move is refused here, whoever asks.
 * A unit's project starts as a draft declaration; a claimant's starts approved, from its accepted
 * claim. Each submitted declaration is numbered and stored unchanged as a {@link ProjectDocument}.
 */
@Entity
@NamedQuery(name = Project.DECLARED_BY_UNIT, query = "select count(p) from Project p "
        + "where p.owner.unitId = :unit and p.claimed = false and p.competitionId is null and p.year = :year and p.status <> org.gongjian.project.entity.ProjectStatus.DRAFT")
@NamedQuery(name = Project.NOMINATED_IN_YEAR, query = "select count(p) from Project p where p.year = :year and p.nominated = true")
public class Project extends TenantOwned {

    public static final String DECLARED_BY_UNIT = "Project.declaredByUnit";
    public static final String NOMINATED_IN_YEAR = "Project.nominatedInYear";
    private static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    private ProjectOwner owner;
    @Column(updatable = false)
    private int year;
    @Column(name = "category_key")
    private String categoryKey;
    private String title;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    private boolean nominated;
    @Column(updatable = false)
    private boolean claimed;
    @Column(name = "competition_id", updatable = false)
    private Long competitionId;
    @Basic
    @Convert(converter = DeclarationConverter.class)
    private Declaration draft;
    @Column(name = "declaration_number")
    private int declarationNumber;
    @Column(name = "closure_number")
    private int closureNumber;
    @Basic
    @Convert(converter = ResponsibilityConverter.class)
    private Responsibility responsibility;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected Project() {
    }

    private Project(ProjectOwner owner, int year, String createdBy) {
        this.owner = owner;
        this.year = year;
        this.createdBy = createdBy;
        this.status = ProjectStatus.DRAFT;
        this.updatedAt = OffsetDateTime.now();
    }

    /** A new draft declaration of a unit for a year. */
    public static Project draft(long unitId, int year, String categoryKey, String title, Declaration draft, String by) {
        Project project = new Project(ProjectOwner.ofUnit(unitId), year, by);
        project.editDeclaration(categoryKey, title, draft);
        return project;
    }

    /**
     * A project approved (立项) from the start, for an accepted claim: its declaration is the
     * claimant's plan, submitted as version 1 ({@link #getDeclarationNumber()}); the owner fixes the 五定 next.
     */
    public static Project approvedClaim(ProjectOwner owner, int year, String categoryKey, String title,
                                        Declaration declaration, String by) {
        if (owner == null) {
            throw new IllegalArgumentException("a project needs an owner");
        }
        Project project = new Project(owner, year, by);
        project.categoryKey = categoryKey;
        project.title = title;
        project.draft = declaration;
        project.declarationNumber = 1;
        project.status = ProjectStatus.APPROVED;
        project.claimed = true;
        return project;
    }

    /**
     * A project approved (立项) from the start, for a unit's winning bid (中标): its declaration is the
     * bid's plan, as version 1; the competition's organiser follows it alongside the unit's committee.
     */
    public static Project wonInCompetition(long unitId, long competitionId, int year, String categoryKey, String title,
                                           Declaration declaration, String by) {
        Project project = new Project(ProjectOwner.ofUnit(unitId), year, by);
        project.categoryKey = categoryKey;
        project.title = title;
        project.draft = declaration;
        project.declarationNumber = 1;
        project.status = ProjectStatus.APPROVED;
        project.competitionId = competitionId;
        return project;
    }

    public void editDeclaration(String categoryKey, String title, Declaration draft) {
        require(Move.EDIT_DECLARATION);
        this.categoryKey = categoryKey;
        this.title = title;
        this.draft = draft;
        touch();
    }

    /** Submits the draft as the next declaration version and returns its number. */
    public int submit() {
        require(Move.SUBMIT);
        status = ProjectStatus.SUBMITTED;
        decisionReason = null;
        touch();
        return ++declarationNumber;
    }

    public void returnForRevision(String reason) {
        require(Move.RETURN);
        decisionReason = reason(reason);
        status = ProjectStatus.RETURNED;
        touch();
    }

    public void reject(String reason) {
        require(Move.REJECT);
        decisionReason = reason(reason);
        status = ProjectStatus.REJECTED;
        touch();
    }

    public void approve() {
        require(Move.APPROVE);
        status = ProjectStatus.APPROVED;
        decisionReason = null;
        touch();
    }

    /** Nominates the project upward to the host (择优上报), or withdraws the nomination. */
    public void nominate(boolean nominated) {
        require(Move.NOMINATE);
        this.nominated = nominated;
        touch();
    }

    /** Fixes (or later corrects) the 五定; the first time starts the implementation. */
    public void fixResponsibility(Responsibility responsibility) {
        require(Move.FIX_RESPONSIBILITY);
        this.responsibility = responsibility;
        status = ProjectStatus.UNDERWAY;
        touch();
    }

    /** Refuses unless the project is being carried out. */
    public void requireUnderway() {
        require(Move.RECORD_WORK);
    }

    /** Submits the closure report as the next closure version and returns its number. */
    public int submitClosure() {
        require(Move.SUBMIT_CLOSURE);
        status = ProjectStatus.CLOSURE_SUBMITTED;
        decisionReason = null;
        touch();
        return ++closureNumber;
    }

    public void returnClosure(String reason) {
        require(Move.RETURN_CLOSURE);
        decisionReason = reason(reason);
        status = ProjectStatus.UNDERWAY;
        touch();
    }

    public void accept() {
        require(Move.ACCEPT);
        status = ProjectStatus.ACCEPTED;
        decisionReason = null;
        touch();
    }

    public boolean can(Move move) {
        return move.allowedFrom(status);
    }

    private void require(Move move) {
        if (!can(move)) {
            throw new BusinessException("project.move.refused", move, status);
        }
    }

    private static String reason(String reason) {
        Field.REASON.text().checked(reason, Field.REASON);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("project.reason.required");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new BusinessException("project.reason.tooLong", REASON_LENGTH);
        }
        return reason.strip();
    }

    private void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("categoryKey", categoryKey);
        state.put("status", status);
        state.put("nominated", nominated);
        state.put("declaration", declarationNumber);
        state.put("closure", closureNumber);
        if (decisionReason != null) {
            state.put("reason", decisionReason);
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public ProjectOwner getOwner() {
        return owner;
    }

    public int getYear() {
        return year;
    }

    public String getCategoryKey() {
        return categoryKey;
    }

    public String getTitle() {
        return title;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    /** Whether the project was opened from an accepted claim rather than declared. */
    public boolean isClaimed() {
        return claimed;
    }

    /** The competition the project was won in, or null. */
    public Long getCompetitionId() {
        return competitionId;
    }

    public boolean isNominated() {
        return nominated;
    }

    /** The declaration as it stands: the draft while it is edited, else the last submitted version. */
    public Declaration getDraft() {
        return draft;
    }

    public int getDeclarationNumber() {
        return declarationNumber;
    }

    public int getClosureNumber() {
        return closureNumber;
    }

    /** The 五定, or null before they are fixed. */
    public Responsibility getResponsibility() {
        return responsibility;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
