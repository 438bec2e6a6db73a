package org.gongjian.web.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.gongjian.platform.DatabaseOutage;
import org.gongjian.web.api.RefusalMapper.ApiError;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * A boundary that failed without refusing (its transaction has rolled back) answers 503 with
 * "try again soon" when the database is out of reach, else 500, both as JSON in the caller's language.
 */
@Provider
public class FailureMapper implements ExceptionMapper<EJBException> {

    public static final String DATABASE_UNAVAILABLE = "error.databaseUnavailable";
    public static final String RETRY_AFTER_SECONDS = "5";
    private static final String FAILED = "error.500.text";

    @Inject
    Language language;

    @Override
    public Response toResponse(EJBException failure) {
        if (DatabaseOutage.explains(failure)) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON).entity(databaseUnavailable(language.getLocale())).build();
        }
        return Response.serverError().type(MediaType.APPLICATION_JSON).entity(error(language.getLocale(), FAILED)).build();
    }

    public static ApiError databaseUnavailable(Locale locale) {
        return error(locale, DATABASE_UNAVAILABLE);
    }

    private static ApiError error(Locale locale, String key) {
        return ApiError.of(key, Messages.text(locale, key));
    }
}
