package org.gongjian.bidding.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.tenantconfig.Criterion;

/** A competition's criteria as the JSON text its column keeps. */
@Converter
public class CriteriaConverter implements AttributeConverter<List<Criterion>, String> {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type LIST = new ArrayList<Criterion>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(List<Criterion> criteria) {
        return JSON.toJson(criteria == null ? List.of() : criteria, LIST);
    }

    @Override
    public List<Criterion> convertToEntityAttribute(String json) {
        return json == null ? List.of() : List.copyOf(JSON.<List<Criterion>>fromJson(json, LIST));
    }
}
