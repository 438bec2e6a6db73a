package org.gongjian.web.board;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.gongjian.claim.boundary.PublicBoards;
import org.gongjian.platform.BusinessException;
import org.gongjian.project.control.StoredFile;
import org.gongjian.web.i18n.Language;

/**
 * The anonymous claim board at {@code /board/…} (see {@link BoardRoute}): reads what a page shows,
 * answers 404 for what is not published, and renders the page's view. Anonymous pages are kept in
 * {@link BoardPageCache} by address, the query parameters the page reads and the language, and
 * sent with an entity tag, so a repeated request with {@code If-None-Match} gets 304. Signed-in
 * visitors (their header differs) and the request to join (a form) are rendered every time.
 */
@WebServlet("/board/*")
public class BoardServlet extends HttpServlet {

    /** Photos never change: a new photo is a new address. */
    private static final String PHOTO_CACHING = "public, max-age=86400";

    @Inject
    PublicBoards boards;

    @Inject
    BoardPage page;

    @Inject
    BoardPageCache cache;

    @Inject
    Language language;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // board pages are UTF-8, and so are searches and forms sent from them; browsers do not say so,
        // and the form is a page without a session, where Faces cannot remember the page's encoding
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        BoardRoute route = BoardRoute.of(request.getPathInfo());
        if (route == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean get = "GET".equals(request.getMethod()) || KeptPages.headOnly(request);
        if (route.page() == BoardRoute.Page.JOIN && (get || "POST".equals(request.getMethod()))) {
            join(route, request, response);
        } else if (!get) {
            response.setHeader("Allow", route.page() == BoardRoute.Page.JOIN ? "GET, HEAD, POST" : "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if (route.page() == BoardRoute.Page.PHOTO) {
            photo(route, request, response);
        } else {
            boardPage(route, request, response);
        }
    }

    private void boardPage(BoardRoute route, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean anonymous = request.getUserPrincipal() == null && request.getSession(false) == null;
        String tag = route.tenantCode() == null ? BoardPageCache.CITY : route.tenantCode();
        String key = anonymous ? key(request) : null;
        if (key != null) {
            PageCache.Entry kept = cache.get(key);
            if (kept != null) {
                KeptPages.send(kept, request, response);
                return;
            }
        }
        long generation = cache.generation(tag);
        try {
            if (!page.load(route, request)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (BusinessException refusal) {
            page.refuse(refusal);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        request.setAttribute(BoardRoute.ATTRIBUTE, route);
        KeptPages.render(cache, key, tag, generation, page.validFor(), route.page().view(), request, response);
    }

    /**
     * What the page's bytes depend on besides the data: the address, the query parameters the page
     * reads (others do not multiply the kept pages) and the language.
     */
    private String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(language.getTag()).append(' ').append(request.getPathInfo());
        for (String name : BoardPage.PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null) {
                key.append('&').append(name).append('=').append(value);
            }
        }
        return key.toString();
    }



    private void join(BoardRoute route, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!page.loadTenant(route)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(BoardRoute.ATTRIBUTE, route);
        request.getRequestDispatcher(route.page().view()).forward(request, response);
    }

    private void photo(BoardRoute route, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> found = boards.photo(route.tenantCode(), route.itemId(), route.photoId());
        if (found.isEmpty() || !Files.isReadable(found.get().path())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile photo = found.get();
        String etag = "\"p" + route.photoId() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", PHOTO_CACHING);
        if (KeptPages.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLengthLong(photo.size());
        if (KeptPages.headOnly(request)) {
            return;
        }
        try (InputStream in = Files.newInputStream(photo.path()); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
