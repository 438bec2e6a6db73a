package org.gongjian.web.host.showcase;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.platform.BusinessException;
import org.gongjian.showcase.boundary.CityShowcases;
import org.gongjian.showcase.boundary.CityYear;
import org.gongjian.showcase.entity.CityPick;
import org.gongjian.web.faces.Messages;

/** The city's showcase of a year ({@code ?year=}) for the host: the tenants' published stories, the picks in order, publishing. */
@Named
@ViewScoped
public class CityShowcaseBacking implements Serializable {

    @Inject
    CityShowcases city;

    private Integer year;
    private String title;
    private transient CityYear shown;

    public void load() {
        if (year == null) {
            year = Year.now(Messages.SHOWN_ZONE).getValue();
        }
        shown = city.year(year);
        if (title == null) {
            title = Messages.text("showcase.host.title") + " " + year;
        }
    }

    public String pick(long storyId) {
        city.pick(year, storyId);
        return done("showcase.host.picked");
    }

    public String unpick(long pickId) {
        city.unpick(pickId);
        return done("showcase.host.unpicked");
    }

    /** Moves a pick one place up (by -1) or down (by 1). */
    public String move(long pickId, int by) {
        List<Long> order = new ArrayList<>(shown.picks().stream().map(CityPick::getId).toList());
        int at = order.indexOf(pickId);
        int to = at + by;
        if (at < 0 || to < 0 || to >= order.size()) {
            throw new BusinessException("showcase.order.mismatch");
        }
        order.set(at, order.get(to));
        order.set(to, pickId);
        city.order(year, order);
        return done("showcase.page.ordered");
    }

    public String publish() {
        int number = city.publish(year, title).getNumber();
        return done("showcase.page.published", String.valueOf(number));
    }

    private String done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, arguments);
        return "/host/showcase/index?faces-redirect=true&year=" + year;
    }

    public CityYear getShown() {
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
