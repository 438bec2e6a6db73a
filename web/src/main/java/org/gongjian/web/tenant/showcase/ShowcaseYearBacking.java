package org.gongjian.web.tenant.showcase;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.platform.BusinessException;
import org.gongjian.showcase.boundary.ShowcaseYear;
import org.gongjian.showcase.boundary.Showcases;
import org.gongjian.showcase.entity.ShowcaseStory;
import org.gongjian.web.faces.Messages;

/**
 * The tenant's showcase of a year ({@code ?year=}, this year by default) for its admins: candidates
 * with grade and prizes, featuring them, their order, and publishing the year.
 */
@Named
@ViewScoped
public class ShowcaseYearBacking implements Serializable {

    @Inject
    Showcases showcases;

    private Integer year;
    private String title;
    private transient ShowcaseYear shown;

    public void load() {
        if (year == null) {
            year = Year.now(Messages.SHOWN_ZONE).getValue();
        }
        shown = showcases.year(year);
        if (title == null) {
            title = showcases.suggestedTitle(year);
        }
    }

    public String feature(long projectId) {
        ShowcaseStory story = showcases.feature(year, projectId);
        return done("showcase.page.featured", story.getTitle());
    }

    public String unfeature(long storyId) {
        showcases.unfeature(storyId);
        return done("showcase.page.unfeatured");
    }

    /** Moves a story one place up (by -1) or down (by 1). */
    public String move(long storyId, int by) {
        List<Long> order = new ArrayList<>(shown.stories().stream().map(ShowcaseStory::getId).toList());
        int at = order.indexOf(storyId);
        int to = at + by;
        if (at < 0 || to < 0 || to >= order.size()) {
            throw new BusinessException("showcase.order.mismatch");
        }
        order.set(at, order.get(to));
        order.set(to, storyId);
        showcases.order(year, order);
        return done("showcase.page.ordered");
    }

    public String publish() {
        int number = showcases.publish(year, title).getNumber();
        return done("showcase.page.published", String.valueOf(number));
    }

    private String done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, arguments);
        return "/tenant/showcase/index?faces-redirect=true&year=" + year;
    }

    public ShowcaseYear getShown() {
        return shown;
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
}
