package org.gongjian.web.tenant.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.config.entity.Round;
import org.gongjian.tenantconfig.Channel;
import org.gongjian.tenantconfig.Feature;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.tenantconfig.Window;
import org.gongjian.tenantconfig.YearCalendar;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * Every member reads the tenant's configuration: the current version, a version by number, or the
 * version a year's round froze; with one year's calendar at a time.
 */
@Named
@RequestScoped
public class ConfigViewBacking {

    @Inject
    Configurations configurations;

    @Inject
    Rounds rounds;

    @Inject
    Language language;

    private Integer version;
    private Integer round;
    private Integer year;
    private SavedConfiguration shown;
    private Integer current;
    private List<Round> roundList;

    /** Picks what to show from the view parameters; a version or round that does not exist is a 404. */
    public void load() {
        Optional<SavedConfiguration> latest = configurations.current();
        current = latest.map(SavedConfiguration::number).orElse(null);
        if (round != null) {
            shown = rounds.configurationOf(round);
        } else if (version != null) {
            shown = configurations.version(version);
        } else {
            shown = latest.orElse(null);
        }
        if (shown != null && year == null) {
            year = defaultYear();
        }
    }

    /** The round's year, else this year if it has a calendar, else the latest year that has one. */
    private int defaultYear() {
        if (round != null) {
            return round;
        }
        LocalDate today = configurations.today();
        List<YearCalendar> calendars = getConfiguration().calendars();
        if (calendars.isEmpty() || getConfiguration().calendar(today.getYear()).isPresent()) {
            return today.getYear();
        }
        return calendars.get(calendars.size() - 1).year();
    }

    /** Which version is shown, what it changed, who saved it and when. */
    public String getDescription() {
        return Messages.text(language.getLocale(), "config.view.shown", shown.number(), shown.part(), shown.savedBy(),
                shown.savedAt());
    }

    public String getFrozenNote() {
        return round == null ? null : Messages.text(language.getLocale(), "config.view.frozen", round, shown.number());
    }

    public boolean isCurrent() {
        return shown != null && current != null && shown.number() == current;
    }

    /** The query of a link to another year's calendar of the same version. */
    public String yearQuery(int calendarYear) {
        String which = round != null ? "round=" + round + "&" : version != null ? "version=" + version + "&" : "";
        return "?" + which + "year=" + calendarYear;
    }

    public TenantConfiguration getConfiguration() {
        return shown.configuration();
    }

    public List<Channel> getOwnChannels() {
        return getConfiguration().scheme().channels().stream().filter(Channel::hasOwnCriteria).toList();
    }

    /** Whether any channel is scored on the common criteria. */
    public boolean isCommonUsed() {
        return getConfiguration().scheme().channels().stream().anyMatch(channel -> !channel.hasOwnCriteria());
    }

    public List<Feature> getFeatures() {
        return getConfiguration().rules().features().stream().sorted().toList();
    }

    public List<Integer> getCalendarYears() {
        return getConfiguration().calendars().stream().map(YearCalendar::year).toList();
    }

    public boolean isCalendarShown() {
        return getConfiguration().calendar(year).isPresent();
    }

    public Phase[] getPhases() {
        return Phase.values();
    }

    public Window windowOf(Phase phase) {
        return getConfiguration().calendar(year).flatMap(calendar -> calendar.window(phase)).orElse(null);
    }

    public List<Round> getRounds() {
        if (roundList == null) {
            roundList = rounds.all();
        }
        return roundList;
    }

    public SavedConfiguration getShown() {
        return shown;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
