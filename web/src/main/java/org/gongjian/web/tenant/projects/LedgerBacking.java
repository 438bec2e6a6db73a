package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.gongjian.project.boundary.Ledgers;
import org.gongjian.project.control.LedgerDetails;
import org.gongjian.project.entity.LedgerEntry;
import org.gongjian.project.entity.LedgerKind;
import org.gongjian.web.faces.Messages;

/**
 * A project's ledger (台账) by stage, each entry with its traffic light; the unit and the tenant's
 * admins add and edit entries and mark them done while the project is carried out.
 */
@Named
@ViewScoped
public class LedgerBacking extends ImplementationPage {

    @Inject
    Ledgers ledgers;

    private transient List<StageGroup> stages;
    private Long editing;
    private LedgerKind kind;
    private String stage;
    private String title;
    private String owner;
    private LocalDate deadline;
    private String measures;

    @Override
    void refresh() {
        stages = StageGroup.of(ledgers.entries(id()));
    }

    public void save() {
        LedgerDetails details = new LedgerDetails(kind, stage, title, owner, deadline, measures);
        LedgerEntry saved = editing == null ? ledgers.add(id(), details) : ledgers.edit(id(), editing, details);
        Messages.info(editing == null ? "ledger.added" : "ledger.edited", saved.getTitle());
        clear();
        reload();
    }

    /** Puts an entry into the form to be edited. */
    public void edit(LedgerEntry entry) {
        editing = entry.getId();
        kind = entry.getKind();
        stage = entry.getStage();
        title = entry.getTitle();
        owner = entry.getOwner();
        deadline = entry.getDeadline();
        measures = entry.getMeasures();
    }

    public void clear() {
        editing = null;
        kind = null;
        stage = null;
        title = null;
        owner = null;
        deadline = null;
        measures = null;
    }

    public void markDone(LedgerEntry entry) {
        ledgers.markDone(id(), entry.getId());
        Messages.info("ledger.markedDone", entry.getTitle());
        reload();
    }

    public void reopen(LedgerEntry entry) {
        ledgers.reopen(id(), entry.getId());
        Messages.info("ledger.reopened", entry.getTitle());
        reload();
    }

    public boolean isEditable() {
        return (isOwner() || isAdmin()) && isUnderway();
    }

    public List<StageGroup> getStages() {
        if (stages == null) {
            refresh();
        }
        return stages;
    }

    /** Open entries due within this many days show amber. */
    public int getAmberDays() {
        return LedgerEntry.AMBER_DAYS;
    }

    public LedgerKind[] getKinds() {
        return LedgerKind.values();
    }

    public Long getEditing() {
        return editing;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public void setKind(LedgerKind kind) {
        this.kind = kind;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }
}
