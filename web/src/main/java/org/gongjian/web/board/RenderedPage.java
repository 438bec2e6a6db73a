package org.gongjian.web.board;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A board page rendered into memory, to be kept and sent with its entity tag. Board pages run no
 * script of their own making, so the content policy stays the one without a nonce that every
 * response gets (a kept page must not hand the next visitor someone else's nonce); whether the
 * page set a cookie is noted, as such a page is never kept.
 */
public final class RenderedPage extends HttpServletResponseWrapper {

    private static final String POLICY = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status;
    private boolean setsCookie;
    private String nonce;

    RenderedPage(HttpServletResponse response) {
        super(response);
        this.status = response.getStatus();
    }

    /**
     * The page as rendered, without the nonce PrimeFaces writes on every script element: the page
     * is sent under the policy without a nonce, and a kept page must not show anyone a nonce.
     */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        byte[] bytes = body.toByteArray();
        if (nonce == null) {
            return bytes;
        }
        String attribute = " nonce=\"" + nonce + "\"";
        return new String(bytes, StandardCharsets.UTF_8).replace(attribute, "").getBytes(StandardCharsets.UTF_8);
    }

    int status() {
        return status;
    }

    boolean setsCookie() {
        return setsCookie || getResponse() instanceof HttpServletResponse response && response.containsHeader("Set-Cookie");
    }

    @Override
    public void setHeader(String name, String value) {
        if (!heldBack(name, value)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!heldBack(name, value)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
        this.status = status;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        this.status = status;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        this.status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a board page is rendered in one go");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    @Override
    public void setContentLength(int length) {
        // the length of what is sent is set when it is sent
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    @Override
    public void setBufferSize(int size) {
        // the whole page is held in memory
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    /** Whether the header is the content policy with the page's nonce, which is noted and held back. */
    private boolean heldBack(String name, String value) {
        if (POLICY.equalsIgnoreCase(name)) {
            Matcher matcher = NONCE.matcher(value);
            if (matcher.find()) {
                nonce = matcher.group(1);
            }
            return true;
        }
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            setsCookie = true;
        }
        return false;
    }
}
