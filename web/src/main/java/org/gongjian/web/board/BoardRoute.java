package org.gongjian.web.board;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an address under {@code /board} leads: the city-wide board, a tenant's board, an item,
 * the request to join, or an item's photo. Anything else is no route (404).
 */
public record BoardRoute(Page page, String tenantCode, long itemId, long photoId) {

    /** The request attribute holding the route of a board page. */
    static final String ATTRIBUTE = "org.gongjian.boardRoute";
    /** Where the board's views live; they are reached only through {@code /board/…}. */
    public static final String VIEW_ROOT = "/public/board/";
    private static final String CODE = "([a-z][a-z0-9-]{1,31})";
    private static final String ID = "([1-9][0-9]{0,17})";
    private static final Pattern TENANT = Pattern.compile("/" + CODE + "/?");
    private static final Pattern ITEM = Pattern.compile("/" + CODE + "/items/" + ID);
    private static final Pattern JOIN = Pattern.compile("/" + CODE + "/join");
    private static final Pattern PHOTO = Pattern.compile("/" + CODE + "/items/" + ID + "/photos/" + ID);

    /** The pages of the board and the views that show them. */
    public enum Page {
        CITY(VIEW_ROOT + "city.xhtml"), TENANT(VIEW_ROOT + "tenant.xhtml"), ITEM(VIEW_ROOT + "item.xhtml"),
        JOIN(VIEW_ROOT + "join.xhtml"), PHOTO(null);

        private final String view;

        Page(String view) {
            this.view = view;
        }

        public String view() {
            return view;
        }
    }

    /** The route of the part of the address after {@code /board}, or null when there is none. */
    static BoardRoute of(String pathInfo) {
        if (pathInfo == null || pathInfo.equals("/")) {
            return new BoardRoute(Page.CITY, null, 0, 0);
        }
        Matcher matcher = TENANT.matcher(pathInfo);
        if (matcher.matches()) {
            return new BoardRoute(Page.TENANT, matcher.group(1), 0, 0);
        }
        matcher = ITEM.matcher(pathInfo);
        if (matcher.matches()) {
            return new BoardRoute(Page.ITEM, matcher.group(1), Long.parseLong(matcher.group(2)), 0);
        }
        matcher = JOIN.matcher(pathInfo);
        if (matcher.matches()) {
            return new BoardRoute(Page.JOIN, matcher.group(1), 0, 0);
        }
        matcher = PHOTO.matcher(pathInfo);
        if (matcher.matches()) {
            return new BoardRoute(Page.PHOTO, matcher.group(1), Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)));
        }
        return null;
    }
}
