package org.gongjian.web.tenant;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The query string that hands a list page's shown filter to its Excel export; blank filters are left out. */
public final class ExportQuery {

    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public ExportQuery with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** "?year=2026&amp;status=ACCEPTED", or "" when nothing filters. */
    @Override
    public String toString() {
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }
}
