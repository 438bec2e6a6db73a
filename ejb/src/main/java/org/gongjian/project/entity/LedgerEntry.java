package org.gongjian.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * One line of a project's ledger (台账): a goal, task or milestone with its owner, deadline,
 * measures and status, optionally in a named stage of a long project.
 */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(name = LedgerEntry.OF_PROJECT, query = "select e from LedgerEntry e where e.projectId = :project "
        + "order by e.stage, e.deadline, e.id")
@NamedQuery(name = LedgerEntry.OPEN_DUE_BY, query = "select e from LedgerEntry e where e.status = "
        + "org.gongjian.project.entity.LedgerStatus.OPEN and e.deadline <= :date order by e.deadline, e.id")
public class LedgerEntry extends TenantOwned {

    public static final String OF_PROJECT = "LedgerEntry.ofProject";
    public static final String OPEN_DUE_BY = "LedgerEntry.openDueBy";
    /** Open entries due within this many days show amber. */
    public static final int AMBER_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    private LedgerKind kind;
    private String stage;
    private String title;
    private String owner;
    private LocalDate deadline;
    private String measures;
    @Enumerated(EnumType.STRING)
    private LedgerStatus status;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected LedgerEntry() {
    }

    public LedgerEntry(long projectId, String createdBy) {
        this.projectId = projectId;
        this.createdBy = createdBy;
        this.status = LedgerStatus.OPEN;
    }

    /** Sets every field at once; refuses a missing kind, title, owner or deadline. */
    public void describe(LedgerKind kind, String stage, String title, String owner, LocalDate deadline, String measures) {
        if (kind == null) {
            throw new BusinessException("ledger.kind.required");
        }
        if (deadline == null) {
            throw new BusinessException("ledger.deadline.required");
        }
        String checkedTitle = Field.LEDGER_TITLE.required(title);
        String checkedOwner = Field.OWNER.required(owner);
        String checkedStage = Field.STAGE.optional(stage);
        String checkedMeasures = Field.LEDGER_MEASURES.optional(measures);
        this.kind = kind;
        this.stage = checkedStage;
        this.title = checkedTitle;
        this.owner = checkedOwner;
        this.deadline = deadline;
        this.measures = checkedMeasures;
    }

    public void markDone(LocalDate on) {
        if (status == LedgerStatus.DONE) {
            throw new BusinessException("ledger.alreadyDone");
        }
        status = LedgerStatus.DONE;
        doneOn = on;
    }

    public void reopen() {
        if (status == LedgerStatus.OPEN) {
            throw new BusinessException("ledger.alreadyOpen");
        }
        status = LedgerStatus.OPEN;
        doneOn = null;
    }

    /** Red when open past its deadline, amber when open and due within {@value #AMBER_DAYS} days, else green. */
    public Signal signal(LocalDate today) {
        if (status == LedgerStatus.DONE) {
            return Signal.GREEN;
        }
        if (deadline.isBefore(today)) {
            return Signal.RED;
        }
        return deadline.isAfter(today.plusDays(AMBER_DAYS)) ? Signal.GREEN : Signal.AMBER;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("stage", stage);
        state.put("title", title);
        state.put("owner", owner);
        state.put("deadline", deadline == null ? null : deadline.toString());
        state.put("measures", measures);
        state.put("status", status);
        state.put("doneOn", doneOn == null ? null : doneOn.toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public String getStage() {
        return stage;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getMeasures() {
        return measures;
    }

    public LedgerStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
