package org.gongjian.web.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** How an edition reads in the reader's language, for the public pages and the organiser's preview alike. */
@Named
@RequestScoped
public class ShowcaseText {

    @Inject
    Language language;

    /** A name in the reader's language: the English one when reading English and there is one. */
    public String name(String zh, String en) {
        return language.isEnglish() && en != null && !en.isBlank() ? en : zh;
    }

    /** The year's projects by category, as rows of a chart: label and count. */
    public List<ChartRow> categoryRows(Edition edition) {
        return edition.figures().byCategory().stream().map(r -> new ChartRow(name(r.zh(), r.en()), BigDecimal.valueOf(r.count()))).toList();
    }

    /** The year's projects by status, as rows of a chart: label and count. */
    public List<ChartRow> statusRows(Edition edition) {
        return edition.figures().byStatus().stream()
                .map(r -> new ChartRow(Messages.text(language.getLocale(), "enum.ProjectStatus." + r.key()), BigDecimal.valueOf(r.count())))
                .toList();
    }

    /** The share of goals achieved, in whole percent; 0 without goals. */
    public long achievedPercent(Edition edition) {
        Edition.YearFigures f = edition.figures();
        return f.goals() == 0 ? 0 : Math.round(100.0 * f.goalsAchieved() / f.goals());
    }

    /** A row of a chart: a label and a non-negative value. */
    public record ChartRow(String label, BigDecimal value) {
    }
}
