package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.gongjian.web.api.RefusalMapper.ApiError;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * JAX-RS's own refusals (no such path or id such as /projects/abc, a method the endpoint does not
 * take, an answer in a format it cannot give) answer with their status and a JSON message in the
 * caller's language instead of the server's page. A response that already has a body is kept.
 */
@Provider
public class StatusMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> KEYS = Map.of(400, "body.invalid", 401, "error.signInFirst",
            403, "error.forbidden", 404, "error.notFound", 405, "error.method", 406, "error.accept");

    @Inject
    Language language;

    @Override
    public Response toResponse(WebApplicationException refused) {
        Response response = refused.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        String key = KEYS.getOrDefault(response.getStatus(), "error.refused");
        String message = Messages.text(language.getLocale(), key);
        return Response.fromResponse(response).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(key, message)).build();
    }
}
