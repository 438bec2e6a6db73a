package org.gongjian.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Says on the page that an upload was too large to be read at all (see
 * {@code TenantPageServlet}), where the page shows its other messages.
 */
public class UploadTooLarge implements PhaseListener {

    public static final String ATTRIBUTE = "org.gongjian.uploadTooLarge";

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        Object megabytes = context.getExternalContext().getRequestMap().remove(ATTRIBUTE);
        if (megabytes != null) {
            Messages.error("upload.requestTooLarge", megabytes);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
