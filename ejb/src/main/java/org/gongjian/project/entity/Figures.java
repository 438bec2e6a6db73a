package org.gongjian.project.entity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The figures a progress report gives for the declared goals, by goal key. */
public record Figures(Map<String, BigDecimal> byGoal) {

    public Figures {
        byGoal = byGoal == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(byGoal));
    }
}
