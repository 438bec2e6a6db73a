package org.gongjian.web.awards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gongjian.award.boundary.Awards;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.award.entity.HostBatchTerms;
import org.gongjian.web.faces.YearFilter;

/**
 * The organiser's award batches, each with its applications and published prizes, only one year's
 * when the address names it ({@code ?year=2026}, as the dashboard links); and opening the year's: a
 * tenant's from its frozen round, the host's with its own terms.
 */
@Named
@ViewScoped
public class AwardBatchesBacking implements Serializable {

    @Inject
    Awards awards;

    @Inject
    AwardPages pages;

    private transient List<AwardBatch> batches;
    private Integer year;
    private String listYear;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer first;
    private Integer second;
    private Integer third;

    public void load() {
        batches = YearFilter.of(listYear, awards::batches, AwardBatch::getYear);
    }

    /** The batch's applications and prizes published, as "2 / 1". */
    public String applied(AwardBatch batch) {
        List<AwardApplication> applications = awards.applications(batch.getId());
        return applications.size() + " / " + (batch.isPublished() ? applications.stream().filter(a -> a.getTier() != null).count() : 0);
    }

    public String getListYear() {
        return listYear;
    }

    public void setListYear(String listYear) {
        this.listYear = listYear;
    }

    public String open() {
        AwardBatch batch = pages.isHost()
                ? awards.create(new HostBatchTerms(year, title, opensOn, closesOn, first, second, third))
                : awards.open(year == null ? 0 : year, title);
        return AwardPages.done(pages, "batch", "id=" + batch.getId(), "award.page.opened", String.valueOf(batch.getYear()));
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
