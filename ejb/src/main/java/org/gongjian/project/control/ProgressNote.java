package org.gongjian.project.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** What a unit reports: the progress in words and figures reached so far, by declared goal key (blank ones null). */
public record ProgressNote(String body, Map<String, BigDecimal> figures) {

    public ProgressNote {
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(figures));
    }
}
