package org.gongjian.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.bidding.boundary.Reviews;
import org.gongjian.bidding.entity.Competition;

/** The competitions whose panel the signed-in account sits on, whichever tenant (or none) it belongs to. */
@Named
@RequestScoped
public class PanelsBacking {

    @Inject
    Reviews reviews;

    private List<Competition> competitions;

    public void load() {
        competitions = reviews.mine();
    }

    public List<Competition> getCompetitions() {
        return competitions;
    }
}
