package org.gongjian.web.announcement;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Routes {@code /competitions} to the list of announcements and {@code /competitions/{id}} to one
 * competition's page; anything else, or a competition the public may not see, is not found.
 */
@WebServlet("/competitions/*")
public class AnnouncementServlet extends HttpServlet {

    static final String LIST_VIEW = "/public/competitions/list.xhtml";
    static final String COMPETITION_VIEW = "/public/competitions/competition.xhtml";
    private static final Pattern ID = Pattern.compile("/[1-9][0-9]{0,17}");

    @Inject
    AnnouncementPage page;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = request.getPathInfo();
        String view;
        if (path == null || path.equals("/")) {
            page.loadList();
            view = LIST_VIEW;
        } else if (ID.matcher(path).matches() && page.loadCompetition(Long.parseLong(path.substring(1)))) {
            view = COMPETITION_VIEW;
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }
}
