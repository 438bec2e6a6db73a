package org.gongjian.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Locale;
import org.gongjian.web.i18n.Language;

/**
 * Says on the page the browser was sent back to that its upload was too large to be read at all
 * (see {@code TenantPageServlet}), where the page shows its other messages.
 */
public class UploadTooLarge implements PhaseListener {

    public static final String ATTRIBUTE = "org.gongjian.uploadTooLarge";

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        Object megabytes = context.getExternalContext().getSessionMap().remove(ATTRIBUTE);
        if (megabytes != null) {
            // the view's own locale is set only once the view is built, after this phase has begun
            Locale locale = CDI.current().select(Language.class).get().getLocale();
            String text = Messages.text(locale, "upload.requestTooLarge", megabytes);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
