package org.gongjian.web.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /lang?to=en&back=/path}: remembers the chosen language and returns to the page, on this site only. */
@WebServlet("/lang")
public class LanguageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("to")) ? "en" : "zh";
        Cookie cookie = new Cookie(Language.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + localPath(request.getParameter("back")));
    }

    /** Only a path on this site, so the switch cannot be used to send people elsewhere. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
