package org.gongjian.project.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;

/** The JSON form in which the project's documents are kept in their text columns. */
final class DocumentJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private DocumentJson() {
    }

    static String write(Object document) {
        return document == null ? null : JSON.toJson(document);
    }

    static <T> T read(String json, Type type) {
        return json == null ? null : JSON.fromJson(json, type);
    }
}
