package org.gongjian.web.tenant.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.control.VersionSummary;
import org.gongjian.config.entity.Round;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.web.faces.Messages;

/**
 * The tenant admin reads the configuration's history, opens a year's round (freezing the current
 * version for it) or finishes one, and may start over from a template.
 */
@Named
@ViewScoped
public class VersionsBacking extends SettingsPage {

    @Inject
    Rounds rounds;

    private Integer openYear;
    private transient List<VersionSummary> history;
    private transient List<Round> roundList;

    @Override
    void edit(TenantConfiguration configuration) {
        history = null;
    }

    public void open() {
        Round round = rounds.open(openYear);
        Messages.info("settings.rounds.opened", round.getYear(), round.getFrozen().getNumber());
        roundList = null;
    }

    public void finish(int year) {
        rounds.finish(year);
        Messages.info("settings.rounds.finished", year);
        roundList = null;
    }

    public String finishQuestion(int year) {
        return Messages.text("settings.rounds.finishConfirm", year);
    }

    public List<VersionSummary> getHistory() {
        if (history == null) {
            history = configurations.versions();
        }
        return history;
    }

    public List<Round> getRounds() {
        if (roundList == null) {
            roundList = rounds.all();
        }
        return roundList;
    }

    /** The year to open a round for; this year unless the admin types another. */
    public Integer getOpenYear() {
        if (openYear == null) {
            openYear = configurations.today().getYear();
        }
        return openYear;
    }

    public void setOpenYear(Integer openYear) {
        this.openYear = openYear;
    }
}
