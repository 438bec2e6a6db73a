package org.gongjian.evaluation.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.gongjian.tenantconfig.EvaluationScheme;

/** An evaluation's scheme as the JSON text its column keeps (the same shape as a configuration's). */
@Converter
public class SchemeConverter implements AttributeConverter<EvaluationScheme, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(EvaluationScheme scheme) {
        return JSON.toJson(scheme);
    }

    @Override
    public EvaluationScheme convertToEntityAttribute(String json) {
        return JSON.fromJson(json, EvaluationScheme.class);
    }
}
