package org.gongjian.web.tenant.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.showcase.boundary.Showcases;
import org.gongjian.showcase.entity.Edition;

/** What publishing the year ({@code ?year=&title=}) would show now, for the tenant's admins; kept nowhere. */
@Named
@RequestScoped
public class ShowcasePreviewBacking {

    @Inject
    Showcases showcases;

    private int year;
    private String title;
    private Edition edition;

    public void load() {
        edition = showcases.preview(year, title == null || title.isBlank() ? showcases.suggestedTitle(year) : title);
    }

    public Edition getEdition() {
        return edition;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
