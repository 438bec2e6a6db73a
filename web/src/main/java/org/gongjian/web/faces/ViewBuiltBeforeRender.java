package org.gongjian.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewDeclarationLanguage;
import java.io.IOException;

/**
 * Builds a page's view as soon as a GET request is bound for rendering, instead of at the start of
 * rendering. PrimeFaces makes the page's script nonce just before rendering and keeps it in the view
 * map unless the view is stateless; whether it is ({@code <f:view transient="true">}) is known only
 * once the view is built, and a view map would give an anonymous visitor a session. Building the
 * view is done once per request: rendering finds it built.
 */
public class ViewBuiltBeforeRender implements PhaseListener {

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        boolean renderingNext = context.getRenderResponse() || event.getPhaseId() == PhaseId.INVOKE_APPLICATION;
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE || view == null || context.isPostback() || context.getResponseComplete() || !renderingNext) {
            return;
        }
        ViewDeclarationLanguage language = context.getApplication().getViewHandler()
                .getViewDeclarationLanguage(context, view.getViewId());
        if (language == null) {
            return;
        }
        try {
            language.buildView(context, view);
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }
}
