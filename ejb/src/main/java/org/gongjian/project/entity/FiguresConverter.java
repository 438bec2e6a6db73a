package org.gongjian.project.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.HashMap;

/** A progress report's figures kept as a JSON object from goal key to number. */
@Converter
public class FiguresConverter implements AttributeConverter<Figures, String> {

    private static final Type BY_GOAL = new HashMap<String, BigDecimal>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(Figures figures) {
        return DocumentJson.write(figures == null ? new Figures(null).byGoal() : figures.byGoal());
    }

    @Override
    public Figures convertToEntityAttribute(String json) {
        return new Figures(DocumentJson.read(json, BY_GOAL));
    }
}
