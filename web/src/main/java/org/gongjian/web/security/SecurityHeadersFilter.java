package org.gongjian.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Security headers on every response. The content policy is enforced: pages get it from PrimeFaces
 * with the page's script nonce (see {@code primefaces.CSP_POLICY} in web.xml), which replaces the
 * same policy without a nonce set here for everything else. Over HTTPS, directly or through a
 * trusted proxy ({@link ClientAddress}), browsers are told to keep to HTTPS and every cookie the
 * response sets, the session cookie included, is marked {@code Secure}. Error pages pass here
 * again, so that their policy carries their own nonce too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "Content-Security-Policy";
    static final String HSTS = "max-age=31536000";

    @Inject
    ClientAddress addresses;

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY") + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean https = addresses.servedOverHttps(request);
        response.setHeader(POLICY, policy);
        // the container names itself here unless told otherwise; the product is nobody's business
        response.setHeader("Server", "");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        Headers headers = new Headers(response, https);
        chain.doFilter(https ? new SessionWatch(request, headers) : request, headers);
        headers.secureCookies();
    }

    /** The response as the application writes it: one content policy, and secure cookies over HTTPS. */
    static final class Headers extends HttpServletResponseWrapper {

        private final boolean https;

        Headers(HttpServletResponse response, boolean https) {
            super(response);
            this.https = https;
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        /**
         * The container writes the session cookie itself, past any wrapper, marked Secure only when
         * it sees TLS; behind a proxy it does not, so the header is mended before it leaves.
         */
        void secureCookies() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!https || response.isCommitted()) {
                return;
            }
            List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
            if (cookies.stream().allMatch(Headers::secure)) {
                return;
            }
            for (int i = 0; i < cookies.size(); i++) {
                String cookie = secure(cookies.get(i)) ? cookies.get(i) : cookies.get(i) + "; Secure";
                if (i == 0) {
                    response.setHeader("Set-Cookie", cookie);
                } else {
                    response.addHeader("Set-Cookie", cookie);
                }
            }
        }

        private static boolean secure(String cookie) {
            return cookie.toLowerCase(Locale.ROOT).replace(" ", "").contains(";secure");
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            secureCookies();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            secureCookies();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            secureCookies();
            super.flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            secureCookies();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            secureCookies();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            secureCookies();
            super.sendError(status);
        }
    }

    /** Mends the session cookie as soon as the container has written it, before any output can commit it. */
    static final class SessionWatch extends HttpServletRequestWrapper {

        private final Headers headers;

        SessionWatch(HttpServletRequest request, Headers headers) {
            super(request);
            this.headers = headers;
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            headers.secureCookies();
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            headers.secureCookies();
            return id;
        }
    }
}
