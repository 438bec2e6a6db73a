package org.gongjian.web.awards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gongjian.award.boundary.Awards;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.award.entity.HostBatchTerms;

/** The organiser's award batches, and opening the year's: a tenant's from its frozen round, the host's with its own terms. */
@Named
@ViewScoped
public class AwardBatchesBacking implements Serializable {

    @Inject
    Awards awards;

    @Inject
    AwardPages pages;

    private transient List<AwardBatch> batches;
    private Integer year;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer first;
    private Integer second;
    private Integer third;

    public void load() {
        batches = awards.batches();
    }

    public String open() {
        AwardBatch batch = pages.isHost()
                ? awards.create(new HostBatchTerms(year, title, opensOn, closesOn, first, second, third))
                : awards.open(year == null ? 0 : year, title);
        return AwardPages.done(pages, "batch", "id=" + batch.getId(), "award.page.opened", batch.getYear());
    }

    public List<AwardBatch> getBatches() {
        return batches;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public Integer getFirst() {
        return first;
    }

    public void setFirst(Integer first) {
        this.first = first;
    }

    public Integer getSecond() {
        return second;
    }

    public void setSecond(Integer second) {
        this.second = second;
    }

    public Integer getThird() {
        return third;
    }

    public void setThird(Integer third) {
        this.third = third;
    }
}
