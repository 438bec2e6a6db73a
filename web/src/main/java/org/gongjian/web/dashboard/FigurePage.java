package org.gongjian.web.dashboard;

import jakarta.inject.Inject;
import java.util.List;
import org.gongjian.dashboard.boundary.YearFigures;
import org.gongjian.web.Portal;
import org.gongjian.web.i18n.Language;

/** What a page showing one set of a year's figures needs: the year asked for, the figures' lines and charts. */
public abstract class FigurePage {

    @Inject
    protected Portal portal;

    @Inject
    protected Language language;

    private String year;
    private YearFigures figures;

    protected int askedYear() {
        return FigureLines.year(year);
    }

    protected void show(YearFigures shown) {
        figures = shown;
    }

    public YearFigures getFigures() {
        return figures;
    }

    public List<FigureLines.Line> getLines() {
        return FigureLines.of(figures);
    }

    public boolean money(String key) {
        return FigureLines.isMoney(key);
    }

    /** The list behind a figure, or null where the reader has no such list. */
    public String link(String key) {
        return listUrl(FigureLines.link(key, figures.year()));
    }

    /** The address of a list page given relative to the tenant's pages, or null when the reader opens none. */
    protected abstract String listUrl(String page);

    public List<FigureLines.Bar> getByCategory() {
        return FigureLines.named(figures.byCategory(), language.getLocale(), listUrl("projects/index?year=" + figures.year() + "&category="));
    }

    public List<FigureLines.Bar> getByStatus() {
        return FigureLines.statuses(figures.byStatus(), language.getLocale(), listUrl("projects/index?year=" + figures.year() + "&status="));
    }

    public List<FigureLines.Bar> getByGrade() {
        return FigureLines.named(figures.byGrade(), language.getLocale(), listUrl("evaluation/year?year=" + figures.year() + "&grade="));
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
