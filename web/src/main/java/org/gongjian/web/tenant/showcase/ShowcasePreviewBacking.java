package org.gongjian.web.tenant.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.showcase.boundary.Showcases;
import org.gongjian.showcase.entity.Edition;

/** What publishing the year ({@code ?year=}) would show now under its suggested title, for the tenant's admins; kept nowhere. */
@Named
@RequestScoped
public class ShowcasePreviewBacking {

    @Inject
    Showcases showcases;

    private int year;
    private Edition edition;

    public void load() {
        edition = showcases.preview(year, showcases.suggestedTitle(year));
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
}
