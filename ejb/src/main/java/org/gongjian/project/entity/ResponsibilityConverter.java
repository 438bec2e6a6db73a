package org.gongjian.project.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The 五定 kept as JSON text, or none before it is fixed. */
@Converter
public class ResponsibilityConverter implements AttributeConverter<Responsibility, String> {

    @Override
    public String convertToDatabaseColumn(Responsibility responsibility) {
        return DocumentJson.write(responsibility);
    }

    @Override
    public Responsibility convertToEntityAttribute(String json) {
        return DocumentJson.read(json, Responsibility.class);
    }
}
