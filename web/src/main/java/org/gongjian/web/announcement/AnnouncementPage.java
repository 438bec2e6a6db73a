package org.gongjian.web.announcement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.bidding.boundary.Announcement;
import org.gongjian.bidding.boundary.PublicCompetitions;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** What a public competition page shows, read by {@link AnnouncementServlet} before the view renders it. */
@Named
@RequestScoped
public class AnnouncementPage {

    @Inject
    PublicCompetitions competitions;

    @Inject
    Language language;

    private List<Competition> announced;
    private Announcement announcement;

    void loadList() {
        announced = competitions.announced();
    }

    /** Reads one competition's announcement; false when the public may not see it. */
    boolean loadCompetition(long id) {
        announcement = competitions.announcement(id).orElse(null);
        return announcement != null;
    }

    /** Who organised a competition: the host, or the named committee. */
    public String organiser(String tenantName) {
        return tenantName == null ? Messages.text(language.getLocale(), "app.host") : tenantName;
    }

    public List<Competition> getAnnounced() {
        return announced;
    }

    public Announcement getAnnouncement() {
        return announcement;
    }
}
