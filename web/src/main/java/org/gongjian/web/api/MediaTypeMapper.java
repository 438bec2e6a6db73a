package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.gongjian.web.api.RefusalMapper.ApiError;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** A body of a type the endpoint does not read answers 415 saying what it reads, not a generic page. */
@Provider
public class MediaTypeMapper implements ExceptionMapper<NotSupportedException> {

    @Inject
    Language language;

    @Override
    public Response toResponse(NotSupportedException unsupported) {
        String message = Messages.text(language.getLocale(), "api.mediaType", MediaType.APPLICATION_JSON);
        return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of("api.mediaType", message)).build();
    }
}
