package org.gongjian.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a tenant page from its view under {@code /tenant/…}, which cannot be requested directly.
 * The URL {@code /t/{code}/…} is mapped here, not straight to the faces servlet, so that uploads
 * on tenant pages are parsed with this servlet's limits. They stay above the largest file a page
 * accepts (an attachment, 10 MB), so that a file a little too large reaches the page and is
 * refused there with a message, not with an error page.
 */
@WebServlet("/t/*")
@MultipartConfig(maxFileSize = 16L * 1024 * 1024, maxRequestSize = 17L * 1024 * 1024, fileSizeThreshold = 1024 * 1024)
public class TenantPageServlet extends HttpServlet {

    static final String VIEW = "org.gongjian.tenantView";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String view = (String) request.getAttribute(VIEW);
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }
}
