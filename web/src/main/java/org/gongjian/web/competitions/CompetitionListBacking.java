package org.gongjian.web.competitions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.bidding.boundary.Competitions;
import org.gongjian.bidding.entity.Competition;

/** The organiser's competitions, newest year first. */
@Named
@RequestScoped
public class CompetitionListBacking {

    @Inject
    Competitions competitions;

    private List<Competition> list;

    public void load() {
        list = competitions.list();
    }

    public List<Competition> getCompetitions() {
        return list;
    }
}
