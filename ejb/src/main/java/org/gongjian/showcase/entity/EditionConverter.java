package org.gongjian.showcase.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An edition's content kept as JSON text. */
@Converter
public class EditionConverter implements AttributeConverter<Edition, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(Edition edition) {
        return JSON.toJson(edition);
    }

    @Override
    public Edition convertToEntityAttribute(String json) {
        return JSON.fromJson(json, Edition.class);
    }
}
