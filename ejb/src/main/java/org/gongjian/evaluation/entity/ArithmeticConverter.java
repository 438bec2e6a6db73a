package org.gongjian.evaluation.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A result's arithmetic as the JSON text its column keeps. */
@Converter
public class ArithmeticConverter implements AttributeConverter<Arithmetic, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(Arithmetic arithmetic) {
        return JSON.toJson(arithmetic);
    }

    @Override
    public Arithmetic convertToEntityAttribute(String json) {
        return JSON.fromJson(json, Arithmetic.class);
    }
}
