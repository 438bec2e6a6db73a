package org.gongjian.web.awards;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes {@code /awards} to the index of published lists, {@code /awards/city/{year}} to the city's
 * list and {@code /awards/{tenantCode}/{year}} to a tenant's; anything else, or a list not
 * published, is not found.
 */
@WebServlet("/awards/*")
public class AwardListServlet extends HttpServlet {

    static final String INDEX_VIEW = "/public/awards/index.xhtml";
    static final String LIST_VIEW = "/public/awards/list.xhtml";
    private static final Pattern LIST = Pattern.compile("/([a-z][a-z0-9-]{1,31})/([0-9]{4})");

    @Inject
    AwardListPage page;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = request.getPathInfo();
        Matcher list = path == null ? null : LIST.matcher(path);
        String view;
        if (path == null || path.equals("/")) {
            page.loadIndex();
            view = INDEX_VIEW;
        } else if (list.matches() && page.loadList(list.group(1), Integer.parseInt(list.group(2)))) {
            view = LIST_VIEW;
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }
}
