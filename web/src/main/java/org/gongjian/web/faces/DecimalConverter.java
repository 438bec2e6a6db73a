package org.gongjian.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.gongjian.platform.Digits;

/**
 * Reads a decimal typed on a page, refusing before anything computes with it a text that is too
 * long or a number beyond {@link Digits#READABLE} (1e-999999999 would otherwise reach the weight
 * sums and money checks). Registered for every BigDecimal value in faces-config.xml, and by this id
 * where the value's type is not known (a map of figures).
 */
@FacesConverter("gj.decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal number = Digits.READABLE.read(value);
        if (number == null) {
            Object label = component.getAttributes().get("label");
            String text = Messages.text(context.getViewRoot().getLocale(), "number.unreadable",
                    label == null ? component.getClientId(context) : label, Digits.READABLE.integer(), Digits.READABLE.fraction());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return number;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return Digits.READABLE.admits(value) ? value.toPlainString() : value.toString();
    }
}
