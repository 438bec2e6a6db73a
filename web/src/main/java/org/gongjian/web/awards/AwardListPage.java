package org.gongjian.web.awards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.award.boundary.PublicAwards;
import org.gongjian.award.boundary.PublishedBatch;
import org.gongjian.award.boundary.PublishedList;

/** What a public award page shows, read by {@link AwardListServlet} before the view renders it. */
@Named
@RequestScoped
public class AwardListPage {

    /** The path segment of the city's list; tenant codes are read after it. */
    static final String CITY = "city";

    @Inject
    PublicAwards awards;

    private List<PublishedBatch> published;
    private PublishedList list;

    void loadIndex() {
        published = awards.published();
    }

    /** Reads a published list; false when there is none. */
    boolean loadList(String organiser, int year) {
        list = (CITY.equals(organiser) ? awards.ofCity(year) : awards.ofTenant(organiser, year)).orElse(null);
        return list != null;
    }

    public List<PublishedBatch> getPublished() {
        return published;
    }

    public PublishedList getList() {
        return list;
    }
}
