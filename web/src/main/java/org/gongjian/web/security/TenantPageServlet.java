package org.gongjian.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.gongjian.web.faces.UploadTooLarge;

/**
 * Serves a tenant page from its view under {@code /tenant/…}, which cannot be requested directly.
 * The URL {@code /t/{code}/…} is mapped here, not straight to the faces servlet, so that uploads
 * on tenant pages are parsed with this servlet's limits. They stay above the largest file a page
 * accepts (an attachment, 10 MB), so that a file a little too large reaches the page and is
 * refused there with a message. An upload beyond the parsing limit is not parsed at all: the
 * browser is sent back to the page, which shows {@link UploadTooLarge}'s message instead of an
 * error page (a forward would not do: the container would still parse the body on the page's
 * first look at a parameter).
 */
@WebServlet("/t/*")
@MultipartConfig(maxFileSize = TenantPageServlet.MAX_REQUEST_BYTES, maxRequestSize = TenantPageServlet.MAX_REQUEST_BYTES,
        fileSizeThreshold = 1024 * 1024)
public class TenantPageServlet extends HttpServlet {

    static final String VIEW = "org.gongjian.tenantView";
    static final int MAX_REQUEST_MEGABYTES = 16;
    static final long MAX_REQUEST_BYTES = MAX_REQUEST_MEGABYTES * 1024L * 1024L;
    /** Beyond this an upload is not even read to its end; the connection is dropped after the answer. */
    private static final long MAX_DISCARDED_BYTES = 256L * 1024 * 1024;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String view = (String) request.getAttribute(VIEW);
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (tooLargeUpload(request)) {
            if (request.getContentLengthLong() > MAX_DISCARDED_BYTES) {
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            discardBody(request);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(UploadTooLarge.ATTRIBUTE, MAX_REQUEST_MEGABYTES);
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", back(request));
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }

    private static boolean tooLargeUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES;
    }

    /**
     * The page the upload came from: the form posts to the page's bare address, while the page
     * was opened with its parameters (e.g. the project's id), which the browser's Referer keeps.
     * Only the path and query of the same page are taken from it, never another address.
     */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = new URI(referer);
                if (request.getRequestURI().equals(from.getRawPath()) && request.getServerName().equalsIgnoreCase(from.getHost())) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (URISyntaxException malformed) {
                // the bare address below will do
            }
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** Reads the body to its end, so the browser has sent it all and reads the answer. */
    private static void discardBody(HttpServletRequest request) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = request.getInputStream()) {
            long total = 0;
            for (int n = body.read(buffer); n >= 0 && total <= MAX_DISCARDED_BYTES; n = body.read(buffer)) {
                total += n;
            }
        }
    }
}
