package org.gongjian.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.OffsetDateTime;

/**
 * Shows a stored moment in China time the reader's way (2026年3月1日 14:05). JSF's own date
 * converter keeps an OffsetDateTime's offset, which from the database is UTC. An attribute
 * {@code pattern} may name another pattern key of the bundle, such as {@code format.dateTimeSeconds}.
 */
@FacesConverter("gj.moment")
public class MomentConverter implements Converter<OffsetDateTime> {

    @Override
    public OffsetDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("moments are shown, not entered");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OffsetDateTime value) {
        if (value == null) {
            return "";
        }
        Object pattern = component.getAttributes().get("pattern");
        return Messages.moment(context.getViewRoot().getLocale(), pattern == null ? "format.dateTime" : pattern.toString(), value);
    }
}
