package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** A refusal answers 400 (404 when the thing is not there) with its reason in the caller's language. */
@Provider
public class RefusalMapper implements ExceptionMapper<BusinessException> {

    @Inject
    Language language;

    @Override
    public Response toResponse(BusinessException refusal) {
        Response.Status status = refusal instanceof NotFoundException ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
        String message = Messages.text(language.getLocale(), refusal.key(), refusal.arguments());
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(refusal.key(), message)).build();
    }

    public record ApiError(String error, String message) {
    }
}
