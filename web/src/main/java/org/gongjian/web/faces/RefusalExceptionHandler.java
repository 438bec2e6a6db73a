package org.gongjian.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.DatabaseOutage;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.health.DatabaseOutageFilter;

/**
 * Turns a refusal from a boundary into messages on the same page, one for each of its reasons (the
 * user's input stays in the form), a refused role and a protected view opened without its token
 * into 403, something that does not exist into 404, and a database out of reach into 503. Anything
 * else goes on to the error pages.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            Integer status = statusFor(thrown);
            if (status == null && context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW) {
                // a post claiming a stateless view of a page that keeps its view: no page of ours sent it
                status = 440;
            }
            BusinessException refusal = find(thrown, BusinessException.class);
            if (status != null) {
                events.remove();
                sendError(context, status);
            } else if (refusal != null) {
                events.remove();
                refusal.reasons().stream().distinct()
                        .forEach(reason -> Messages.error(reason.key(), reason.arguments().toArray()));
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static Integer statusFor(Throwable thrown) {
        if (find(thrown, EJBAccessException.class) != null || find(thrown, ProtectedViewException.class) != null) {
            return 403;
        }
        if (find(thrown, NotFoundException.class) != null) {
            return 404;
        }
        if (find(thrown, ViewExpiredException.class) != null) {
            return 440;
        }
        if (DatabaseOutage.explains(thrown)) {
            return 503;
        }
        return null;
    }

    private static void sendError(FacesContext context, int status) {
        try {
            if (status == 440) {
                String uri = context.getExternalContext().getRequestContextPath() + "/login.xhtml?expired=true";
                context.getExternalContext().redirect(uri);
            } else if (status == 503 && context.getPartialViewContext().isAjaxRequest()) {
                // Faces' Ajax script shows nothing for an HTTP error; the page loaded again shows the 503 page
                context.getExternalContext().redirect(DatabaseOutageFilter.sameAddress(
                        (HttpServletRequest) context.getExternalContext().getRequest()));
            } else {
                context.getExternalContext().responseSendError(status, null);
            }
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
