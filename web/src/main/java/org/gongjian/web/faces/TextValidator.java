package org.gongjian.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.gongjian.platform.Text;

/**
 * Refuses text with a NUL or another control character in any field of any page (a default
 * validator in faces-config.xml); text areas may hold line breaks and tabs. The rule is {@link Text},
 * the same the JSON API and the entities apply.
 */
@FacesValidator("gj.text")
public class TextValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        Text kind = component instanceof HtmlInputTextarea ? Text.MULTI_LINE : Text.SINGLE_LINE;
        if (!kind.admits(text)) {
            Object label = component.getAttributes().get("label");
            String message = Messages.text(context.getViewRoot().getLocale(), "text.control.field",
                    label == null ? component.getClientId(context) : label);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
