package org.gongjian.web.awards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.award.boundary.Awards;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.award.entity.AwardBatch;

/** One of the organiser's batches ({@code ?id=N}): its window and counts, the applications with their prizes, publishing. */
@Named
@ViewScoped
public class AwardBatchBacking implements Serializable {

    @Inject
    Awards awards;

    @Inject
    AwardPages pages;

    private long id;
    private transient AwardBatch batch;
    private transient List<AwardApplication> applications;

    public void load() {
        batch = awards.batch(id);
        applications = awards.applications(id);
    }

    public String publish() {
        awards.publish(id);
        return AwardPages.done(pages, "batch", "id=" + id, "award.page.published");
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

    public List<AwardApplication> getApplications() {
        return applications;
    }
}
