package org.gongjian.web.awards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongjian.award.boundary.Awards;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.award.entity.AwardInspection;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenantconfig.AwardTier;

/** One application of a batch ({@code ?batch=N&id=M}) for its organiser: the case, inspection notes and visits, the prize and its funds. */
@Named
@ViewScoped
public class AwardApplicationBacking implements Serializable {

    @Inject
    Awards awards;

    @Inject
    AwardPages pages;

    private long batchId;
    private long id;
    private transient AwardBatch batch;
    private transient AwardApplication application;
    private transient List<AwardInspection> inspections;
    private LocalDate visitedOn;
    private String note;
    private AwardTier tier;
    private BigDecimal funds;

    public void load() {
        batch = awards.batch(batchId);
        application = awards.applications(batchId).stream().filter(a -> a.getId() == id).findFirst().orElseThrow(NotFoundException::new);
        inspections = awards.inspections(batchId, id);
        tier = application.getTier();
        funds = application.getFunds();
    }

    public String inspect() {
        awards.inspect(batchId, id, visitedOn, note);
        return AwardPages.done(pages, "application", query(), "award.page.inspected");
    }

    public String award() {
        awards.award(batchId, id, tier, funds);
        return AwardPages.done(pages, "application", query(), "award.page.decided");
    }

    private String query() {
        return "batch=" + batchId + "&id=" + id;
    }

    public AwardTier[] getTiers() {
        return AwardTier.values();
    }

    public long getBatchId() {
        return batchId;
    }

    public void setBatchId(long batchId) {
        this.batchId = batchId;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public AwardBatch getBatch() {
        return batch;
    }

    public AwardApplication getApplication() {
        return application;
    }

    public List<AwardInspection> getInspections() {
        return inspections;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public AwardTier getTier() {
        return tier;
    }

    public void setTier(AwardTier tier) {
        this.tier = tier;
    }

    public BigDecimal getFunds() {
        return funds;
    }

    public void setFunds(BigDecimal funds) {
        this.funds = funds;
    }
}
