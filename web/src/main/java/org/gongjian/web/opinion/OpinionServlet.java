package org.gongjian.web.opinion;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;

/**
 * Routes {@code /opinion/{tenantCode}} to the list of projects open for public opinion and
 * {@code /opinion/{tenantCode}/{projectId}} to a project's vote form (GET, and POST for the vote);
 * anything else, or what the tenant does not evaluate, is not found. A closed evaluation answers
 * 409 with a page saying so.
 */
@WebServlet("/opinion/*")
public class OpinionServlet extends HttpServlet {

    /** Where the views live; they are reached only through {@code /opinion/…}. */
    public static final String VIEW_ROOT = "/public/opinion/";
    static final String LIST_VIEW = VIEW_ROOT + "list.xhtml";
    static final String VOTE_VIEW = VIEW_ROOT + "vote.xhtml";
    private static final String CODE = "([a-z][a-z0-9-]{1,31})";
    private static final Pattern LIST = Pattern.compile("/" + CODE + "/?");
    private static final Pattern VOTE = Pattern.compile("/" + CODE + "/([1-9][0-9]{0,17})");

    @Inject
    OpinionPage page;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // the form is a page without a session, where Faces cannot remember the page's encoding
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher list = LIST.matcher(path);
        Matcher vote = VOTE.matcher(path);
        boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean post = "POST".equals(request.getMethod());
        if (!list.matches() && !vote.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!get && !(post && vote.matches())) {
            response.setHeader("Allow", list.matches() ? "GET, HEAD" : "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else {
            try {
                if (list.matches()) {
                    page.loadBoard(list.group(1));
                } else {
                    page.loadSheet(vote.group(1), Long.parseLong(vote.group(2)));
                }
            } catch (NotFoundException missing) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            } catch (BusinessException refusal) {
                page.refuse(refusal);
                response.setStatus(refusal instanceof ConflictException ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            }
            request.getRequestDispatcher(list.matches() ? LIST_VIEW : VOTE_VIEW).forward(request, response);
        }
    }
}
