package org.gongjian.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.gongjian.web.api.RefusalMapper.ApiError;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** A role the caller does not hold here answers 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    Language language;

    @Override
    public Response toResponse(EJBAccessException denied) {
        String message = Messages.text(language.getLocale(), "error.forbidden");
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of("error.forbidden", message)).build();
    }
}
