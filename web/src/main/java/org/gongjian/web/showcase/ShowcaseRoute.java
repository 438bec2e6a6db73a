package org.gongjian.web.showcase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjian.tenant.entity.Tenant;

/**
 * Where an address under {@code /showcase} leads: the index of published years, a tenant's year, one
 * of its stories, a photo a tenant published, the city's year ({@code /showcase/city/{year}}), or a
 * year's printed booklet ({@code …/{year}/booklet.pdf}, the city's too).
 * Anything else is no route (404).
 */
public record ShowcaseRoute(Page page, String tenantCode, int year, long id) {

    static final String ATTRIBUTE = "org.gongjian.showcaseRoute";
    /** Where the showcase's views live; they are reached only through {@code /showcase/…}. */
    static final String VIEW_ROOT = "/public/showcase/";
    private static final String CODE = "([a-z][a-z0-9-]{1,31})";
    private static final String YEAR = "([0-9]{4})";
    private static final String ID = "([1-9][0-9]{0,17})";
    private static final Pattern YEAR_PAGE = Pattern.compile("/" + CODE + "/" + YEAR + "/?");
    private static final Pattern STORY = Pattern.compile("/" + CODE + "/" + YEAR + "/" + ID);
    private static final Pattern PHOTO = Pattern.compile("/" + CODE + "/" + YEAR + "/photos/" + ID);
    private static final Pattern BOOKLET = Pattern.compile("/" + CODE + "/" + YEAR + "/booklet\\.pdf");

    /** The pages of the showcase and the views that show them. */
    public enum Page {
        INDEX(VIEW_ROOT + "index.xhtml"), YEAR(VIEW_ROOT + "year.xhtml"), CITY(VIEW_ROOT + "year.xhtml"), STORY(VIEW_ROOT + "story.xhtml"),
        PHOTO(null), BOOKLET(null);

        private final String view;

        Page(String view) {
            this.view = view;
        }

        public String view() {
            return view;
        }
    }

    /** The route of the part of the address after {@code /showcase}, or null when there is none. */
    static ShowcaseRoute of(String pathInfo) {
        if (pathInfo == null || pathInfo.equals("/")) {
            return new ShowcaseRoute(Page.INDEX, null, 0, 0);
        }
        Matcher matcher = YEAR_PAGE.matcher(pathInfo);
        if (matcher.matches()) {
            boolean city = Tenant.CITY.equals(matcher.group(1));
            return new ShowcaseRoute(city ? Page.CITY : Page.YEAR, city ? null : matcher.group(1), Integer.parseInt(matcher.group(2)), 0);
        }
        matcher = STORY.matcher(pathInfo);
        if (matcher.matches()) {
            boolean city = Tenant.CITY.equals(matcher.group(1));
            return new ShowcaseRoute(Page.STORY, city ? null : matcher.group(1), Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
        }
        matcher = BOOKLET.matcher(pathInfo);
        if (matcher.matches()) {
            boolean city = Tenant.CITY.equals(matcher.group(1));
            return new ShowcaseRoute(Page.BOOKLET, city ? null : matcher.group(1), Integer.parseInt(matcher.group(2)), 0);
        }
        matcher = PHOTO.matcher(pathInfo);
        if (matcher.matches() && !Tenant.CITY.equals(matcher.group(1))) {
            return new ShowcaseRoute(Page.PHOTO, matcher.group(1), Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
        }
        return null;
    }

    /** The tag of the kept pages this route shows: its tenant's year, the city's year, or the index. */
    String tag() {
        return switch (page) {
            case INDEX -> ShowcasePageCache.CITY;
            case CITY -> ShowcasePageCache.tag(null, year);
            default -> ShowcasePageCache.tag(tenantCode, year);
        };
    }
}
