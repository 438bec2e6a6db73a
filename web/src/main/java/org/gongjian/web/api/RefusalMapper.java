package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * A refusal answers 400 (404 when the thing is not there, 409 when the state of things refuses it
 * now, 413 for a body too large) with its reasons in the caller's language.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<BusinessException> {

    @Inject
    Language language;

    @Override
    public Response toResponse(BusinessException refusal) {
        Response.Status status = refusal instanceof NotFoundException ? Response.Status.NOT_FOUND
                : refusal instanceof ConflictException ? Response.Status.CONFLICT
                : refusal instanceof JsonBodies.BodyTooLarge ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST;
        List<Reason> reasons = refusal.reasons().stream()
                .map(r -> new Reason(r.key(), Messages.text(language.getLocale(), r.key(), r.arguments().toArray())))
                .toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(reasons.get(0).error(), reasons.get(0).message(), reasons)).build();
    }

    /** The first reason, and all of them when a request was refused for several at once. */
    public record ApiError(String error, String message, List<Reason> reasons) {

        /** A refusal for one reason. */
        static ApiError of(String error, String message) {
            return new ApiError(error, message, List.of(new Reason(error, message)));
        }
    }

    public record Reason(String error, String message) {
    }
}
