package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.gongjian.platform.BusinessException;
import org.gongjian.web.api.RefusalMapper.ApiError;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * A body that could not be bound (not JSON, a wrong type, an impossible date, an unknown option)
 * answers 400 with a message in the caller's language; a refusal raised while binding (a number
 * beyond bounds) answers as that refusal. JSON-B's and JSON-P's own exceptions, and JAX-RS's
 * wrapper of them, each need a mapper of their own.
 */
public final class MalformedBodyMapper {

    private MalformedBodyMapper() {
    }

    static Response refuse(Throwable failure, Providers providers, Language language) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return mapped(refusal, providers);
            }
        }
        String message = Messages.text(language.getLocale(), "body.invalid");
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of("body.invalid", message)).build();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> Response mapped(E refusal, Providers providers) {
        return providers.getExceptionMapper((Class<E>) refusal.getClass()).toResponse(refusal);
    }

    /** The mapping, for each of the exception types binding may throw. */
    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        Providers providers;
        @Inject
        Language language;

        @Override
        public Response toResponse(E failure) {
            return refuse(failure, providers, language);
        }
    }

    @Provider
    public static class Processing extends Base<ProcessingException> {
    }

    @Provider
    public static class Binding extends Base<JsonbException> {
    }

    @Provider
    public static class Parsing extends Base<JsonException> {
    }
}
