package org.gongjian.project.entity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** A closure report (结题): the summary and the final figure reached for each goal, by goal key. */
public record Closure(String summary, Map<String, BigDecimal> figures) {

    public Closure {
        figures = figures == null ? Map.of() : new TreeMap<>(figures);
    }
}
