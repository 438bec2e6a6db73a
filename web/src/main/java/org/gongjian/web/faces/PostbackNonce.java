package org.gongjian.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Refuses (403) a postback that does not carry its page's script nonce: it was not sent by the
 * page, whose script puts the nonce in every form. PrimeFaces would find out only while rendering
 * the answer, too late to answer anything but an error page.
 */
public class PostbackNonce implements PhaseListener {

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException foreign) {
            try {
                context.getExternalContext().responseSendError(403, null);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
