package org.gongjian.project.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Responsibility;

/** The JSON documents a project stores: declarations, responsibility, closure reports, figures. */
public final class ProjectDocuments {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type FIGURES = new HashMap<String, BigDecimal>() { }.getClass().getGenericSuperclass();

    private ProjectDocuments() {
    }

    public static String write(Object document) {
        return JSON.toJson(document);
    }

    public static Declaration declaration(String document) {
        return document == null ? Declaration.empty() : JSON.fromJson(document, Declaration.class);
    }

    public static Responsibility responsibility(String document) {
        return document == null ? null : JSON.fromJson(document, Responsibility.class);
    }

    public static Closure closure(String document) {
        return JSON.fromJson(document, Closure.class);
    }

    public static Map<String, BigDecimal> figures(String document) {
        return JSON.fromJson(document, FIGURES);
    }
}
