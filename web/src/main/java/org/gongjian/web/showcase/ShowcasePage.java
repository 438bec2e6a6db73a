package org.gongjian.web.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.showcase.boundary.PublicShowcase;
import org.gongjian.showcase.boundary.PublishedShowcase;
import org.gongjian.showcase.boundary.ShowcaseListing;
import org.gongjian.showcase.entity.Edition;

/**
 * What a public showcase page shows, read by {@link ShowcaseServlet} before the page's view renders
 * it: the published years, a tenant's or the city's year, or one story; all from published editions.
 */
@Named
@RequestScoped
public class ShowcasePage {

    @Inject
    PublicShowcase showcase;

    private ShowcaseRoute route;
    private List<ShowcaseListing> listings;
    private PublishedShowcase shown;
    private Edition.Story story;

    /** Reads what the route shows; false when nothing is published there. */
    boolean load(ShowcaseRoute route) {
        this.route = route;
        switch (route.page()) {
            case INDEX -> {
                listings = showcase.published();
                return true;
            }
            case YEAR -> shown = showcase.ofTenant(route.tenantCode(), route.year()).orElse(null);
            case CITY -> shown = showcase.ofCity(route.year()).orElse(null);
            case STORY -> {
                shown = (route.tenantCode() == null ? showcase.ofCity(route.year()) : showcase.ofTenant(route.tenantCode(), route.year()))
                        .orElse(null);
                story = shown == null ? null : shown.story(route.id());
                return story != null;
            }
            default -> throw new IllegalArgumentException(route.page().name());
        }
        return shown != null;
    }

    /** The published years, newest first, each with the city's and the tenants' showcases of it. */
    public Map<Integer, List<ShowcaseListing>> getYears() {
        Map<Integer, List<ShowcaseListing>> years = new LinkedHashMap<>();
        listings.forEach(l -> years.computeIfAbsent(l.year(), y -> new ArrayList<>()).add(l));
        return years;
    }

    public List<Integer> getYearList() {
        return new ArrayList<>(getYears().keySet());
    }

    /** Where a story of the shown year is read: under its tenant, or under the city on the city's page. */
    public String storyPath(Edition.Story s) {
        return "/showcase/" + (route.tenantCode() == null ? "city" : route.tenantCode()) + "/" + route.year() + "/" + s.id();
    }

    public ShowcaseRoute getRoute() {
        return route;
    }

    public boolean isCity() {
        return route.tenantCode() == null;
    }

    public List<ShowcaseListing> getListings() {
        return listings;
    }

    public PublishedShowcase getShown() {
        return shown;
    }

    public Edition getEdition() {
        return shown == null ? null : shown.edition();
    }

    public Edition.Story getStory() {
        return story;
    }
}
