package org.gongjian.web.security;

import java.util.List;

/**
 * Maps tenant page URLs to views and back: {@code /t/xinqiao/units/list} is the view
 * {@code /tenant/units/list.xhtml} for the tenant {@code xinqiao}.
 */
public final class TenantUrls {

    static final String VIEW_ROOT = "/tenant";
    /** Sections of a tenant's pages that only its admins may open. */
    private static final List<String> ADMIN_SECTIONS = List.of("/units/", "/claimants/", "/accounts/", "/audit/", "/settings/", "/boards/",
            "/competitions/", "/bids/", "/evaluation/", "/showcase/");

    private TenantUrls() {
    }

    /**
     * The view for the part of a tenant URL after its code ({@code null} or "/" is the tenant's home,
     * a section with a slash, {@code /evaluation/}, is the section's index).
     */
    public static String viewOf(String rest) {
        String page = rest == null || rest.equals("/") ? "/index"
                : rest.matches("/[^/]+/+") ? rest.replaceAll("/+$", "") + "/index" : rest.replaceAll("/+$", "");
        return VIEW_ROOT + page + ".xhtml";
    }

    /** Whether the part of a tenant URL after its code is an admin page. */
    public static boolean isAdminPage(String rest) {
        return rest != null && ADMIN_SECTIONS.stream().anyMatch(rest::startsWith);
    }

    /**
     * The public URL of a URL the faces runtime made for a tenant view, or the URL unchanged when it
     * is not one.
     */
    public static String publicUrl(String contextPath, String url, String tenantCode) {
        String viewPrefix = contextPath + VIEW_ROOT + "/";
        if (tenantCode == null || !url.startsWith(viewPrefix)) {
            return url;
        }
        String rest = url.substring(viewPrefix.length());
        int query = indexOfQuery(rest);
        String path = rest.substring(0, query);
        String tail = rest.substring(query);
        if (path.endsWith(".xhtml")) {
            path = path.substring(0, path.length() - ".xhtml".length());
        }
        if (path.equals("index")) {
            path = "";
        }
        return contextPath + "/t/" + tenantCode + "/" + path + tail;
    }

    private static int indexOfQuery(String url) {
        int question = url.indexOf('?');
        int hash = url.indexOf('#');
        int end = url.length();
        if (question >= 0) {
            end = question;
        }
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        return end;
    }
}
