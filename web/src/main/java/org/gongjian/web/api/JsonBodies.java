package org.gongjian.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.gongjian.platform.BusinessException;

/**
 * Every JSON body is read whole before it is bound, so that it can be refused as a whole: beyond
 * {@link #LIMIT} bytes (413, without reading on), not valid UTF-8 (the decoder would otherwise put
 * U+FFFD in place of the bad bytes and store that), or the bare literal {@code null}.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    /** A declaration with every text at its longest is about 100 KB. */
    public static final int LIMIT = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        if (declaredBeyondLimit(context.getHeaders().getFirst("Content-Length"))) {
            throw new BodyTooLarge();
        }
        byte[] body = readAtMost(context.getInputStream());
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException malformed) {
            throw new BusinessException("body.encoding");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        Object bound = context.proceed();
        if (bound == null && body.length > 0) {
            throw new BusinessException("body.required");
        }
        return bound;
    }

    /** The bound body; refuses a request that came without one. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new BusinessException("body.required");
        }
        return body;
    }

    private static boolean declaredBeyondLimit(String length) {
        try {
            return length != null && Long.parseLong(length.strip()) > LIMIT;
        } catch (NumberFormatException unreadable) {
            return length.strip().length() > 18;
        }
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(LIMIT + 1);
        if (body.length > LIMIT) {
            throw new BodyTooLarge();
        }
        return body;
    }

    /** A body beyond the limit: 413. */
    public static class BodyTooLarge extends BusinessException {

        BodyTooLarge() {
            super("body.tooLarge", LIMIT / 1024);
        }
    }
}
