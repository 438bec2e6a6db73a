package org.gongjian.web.showcase;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.gongjian.platform.BusinessException;
import org.gongjian.showcase.boundary.Booklet;
import org.gongjian.showcase.boundary.PublicShowcase;
import org.gongjian.showcase.entity.EditionPhoto;
import org.gongjian.web.board.KeptPages;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.web.board.PageCache;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * The public showcase at {@code /showcase/…} (see {@link ShowcaseRoute}): reads published editions
 * only, answers 404 for what is not published, and renders the page's view. Anonymous pages are kept
 * in {@link ShowcasePageCache} by address and language until the year is published again, and sent
 * with an entity tag.
 */
@WebServlet("/showcase/*")
public class ShowcaseServlet extends HttpServlet {

    /** A published photo never changes: a new photo is a new address. */
    private static final String PHOTO_CACHING = "public, max-age=86400";
    /** An edition never changes either; the page goes stale only when the year is published again, which drops it. */
    private static final Duration VALID_FOR = KeptPages.MAX_AGE;

    @Inject
    PublicShowcase showcase;

    @Inject
    ShowcasePage page;

    @Inject
    ShowcasePageCache cache;

    @Inject
    BookletPdf booklet;

    @Inject
    Language language;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        ShowcaseRoute route = ShowcaseRoute.of(request.getPathInfo());
        if (route == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !KeptPages.headOnly(request)) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (route.page() == ShowcaseRoute.Page.PHOTO) {
            photo(route, request, response);
            return;
        }
        if (route.page() == ShowcaseRoute.Page.BOOKLET) {
            booklet(route, request, response);
            return;
        }
        boolean anonymous = request.getUserPrincipal() == null && request.getSession(false) == null;
        String key = anonymous ? language.getTag() + ' ' + request.getPathInfo() : null;
        if (key != null) {
            PageCache.Entry kept = cache.get(key);
            if (kept != null) {
                KeptPages.send(kept, request, response);
                return;
            }
        }
        String tag = route.tag();
        long generation = cache.generation(tag);
        if (!page.load(route)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(ShowcaseRoute.ATTRIBUTE, route);
        KeptPages.render(cache, key, tag, generation, VALID_FOR, route.page().view(), request, response);
    }

    /**
     * The year's booklet, printed from the published edition and kept like a page (one per
     * language) until the year is published again.
     */
    private void booklet(ShowcaseRoute route, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = language.getTag() + ' ' + request.getPathInfo();
        PageCache.Entry kept = cache.get(key);
        if (kept == null) {
            long generation = cache.generation(route.tag());
            Optional<Booklet> published = route.tenantCode() == null ? showcase.city(route.year())
                    : showcase.year(route.tenantCode(), route.year());
            if (published.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] pdf;
            try {
                pdf = booklet.of(published.get());
            } catch (BusinessException refusal) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(Messages.text(language.getLocale(), refusal.key(), refusal.arguments()));
                return;
            }
            kept = KeptPages.kept(cache, key, route.tag(), generation, VALID_FOR, pdf, "application/pdf");
        }
        String name = (route.tenantCode() == null ? Tenant.CITY : route.tenantCode()) + "-" + route.year() + ".pdf";
        response.setHeader("Content-Disposition", "inline; filename=\"showcase-" + name + "\"");
        KeptPages.send(kept, request, response);
    }

    private void photo(ShowcaseRoute route, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EditionPhoto> found = showcase.photo(route.tenantCode(), route.year(), route.id());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"s" + route.id() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", PHOTO_CACHING);
        if (KeptPages.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] content = found.get().content();
        response.setContentType(found.get().getMediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        if (!KeptPages.headOnly(request)) {
            response.getOutputStream().write(content);
        }
    }
}
