package org.gongjian.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gongjian.web.faces.UploadTooLarge;

/**
 * Serves a tenant page from its view under {@code /tenant/…}, which cannot be requested directly.
 * The URL {@code /t/{code}/…} is mapped here, not straight to the faces servlet, so that uploads
 * on tenant pages are parsed with this servlet's limits. They stay above the largest file a page
 * accepts (an attachment, 10 MB), so that a file a little too large reaches the page and is
 * refused there with a message. An upload beyond the parsing limit is not parsed at all: the page
 * is shown afresh, as on opening it, with {@link UploadTooLarge}'s message instead of an error page.
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
            request.setAttribute(UploadTooLarge.ATTRIBUTE, MAX_REQUEST_MEGABYTES);
            request.getRequestDispatcher(view).forward(new Opened(request), response);
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

    /** The request as if the page had just been opened: a GET with the address's own parameters only. */
    private static final class Opened extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Opened(HttpServletRequest request) {
            super(request);
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int equals = pair.indexOf('=');
                    String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    parameters.merge(name, new String[] {value}, (old, added) -> {
                        String[] both = Arrays.copyOf(old, old.length + 1);
                        both[old.length] = added[0];
                        return both;
                    });
                }
            }
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
