package org.gongjian.project.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A declaration kept as JSON text; no stored text reads as an empty declaration. */
@Converter
public class DeclarationConverter implements AttributeConverter<Declaration, String> {

    @Override
    public String convertToDatabaseColumn(Declaration declaration) {
        return DocumentJson.write(declaration == null ? Declaration.empty() : declaration);
    }

    @Override
    public Declaration convertToEntityAttribute(String json) {
        return json == null ? Declaration.empty() : DocumentJson.read(json, Declaration.class);
    }
}
