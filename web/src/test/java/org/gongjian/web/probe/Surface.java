package org.gongjian.web.probe;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Everything a visitor can ask the portal for, read from the application itself: every JSF view
 * in the WAR and every operation in its OpenAPI document. Nothing here is listed by hand, so a
 * page or endpoint added later is probed too.
 */
final class Surface {

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s[^>]*name=\"([^\"]+)\"");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String TENANT_VIEWS = "tenant/";
    /**
     * The public views (the claim board, the competitions' announcements), refused at their own path,
     * are reached at the addresses their servlets route to them.
     */
    private static final Map<String, String> PUBLIC_ROUTES = Map.ofEntries(Map.entry("public/board/city.xhtml", "board"),
            Map.entry("public/board/tenant.xhtml", "board/{code}"), Map.entry("public/board/item.xhtml", "board/{code}/items/{itemId}"),
            Map.entry("public/board/join.xhtml", "board/{code}/join"), Map.entry("public/competitions/list.xhtml", "competitions"),
            Map.entry("public/competitions/competition.xhtml", "competitions/{competitionId}"),
            Map.entry("public/opinion/list.xhtml", "opinion/{code}"), Map.entry("public/opinion/vote.xhtml", "opinion/{code}/{projectId}"),
            Map.entry("public/awards/index.xhtml", "awards"), Map.entry("public/awards/list.xhtml", "awards/{tenantCode}/{year}"),
            Map.entry("public/showcase/index.xhtml", "showcase"), Map.entry("public/showcase/year.xhtml", "showcase/{code}/{year}"),
            Map.entry("public/showcase/story.xhtml", "showcase/{code}/{year}/{storyId}"));

    /**
     * A parameter of an endpoint: where it goes ({@code path}, {@code query} or {@code header}),
     * what it names, and whether a request must carry it (path slots and a page's own view parameters do).
     */
    record Slot(String name, String in, Kind kind, boolean required) {
    }

    /**
     * A page or an API operation. The template is relative to the portal's root with
     * {@code {name}} for each path slot; {@code body} is the media type it reads, or null.
     */
    record Endpoint(String label, String method, String template, List<Slot> slots, String body, boolean view) {

        boolean has(Kind kind) {
            return slots.stream().anyMatch(slot -> slot.kind() == kind);
        }

        /**
         * The slots naming the record it acts on, outermost first (e.g. project, then ledger entry):
         * identifying slots other than the tenant and the filters of a list (a unit in the query; a
         * unit in the path, as in {@code records/{unitId}/{year}}, is the record).
         */
        List<Slot> records() {
            return slots.stream().filter(slot -> slot.kind().identifying && slot.kind() != Kind.TENANT
                    && !(slot.kind() == Kind.UNIT && slot.in().equals("query"))).toList();
        }
    }

    private Surface() {
    }

    /**
     * Every {@code *.xhtml} outside {@code WEB-INF}, as a visitor reaches it: views under
     * {@code tenant/} at {@code t/{code}/<path>}, the public ones at their routes ({@code board/…}, {@code competitions/…}), the others at
     * their own path; its view parameters as query slots (once each, though several beans may read one),
     * named by the folder and page they belong to.
     */
    static List<Endpoint> views(Path war, List<String> unknown) throws IOException {
        List<Endpoint> views = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".xhtml") || name.startsWith("WEB-INF/") || name.startsWith("META-INF/")) {
                    continue;
                }
                String source;
                try (InputStream in = zip.getInputStream(entry)) {
                    source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
                folder = folder.substring(folder.lastIndexOf('/') + 1);
                String view = folder + "/" + name.substring(name.lastIndexOf('/') + 1, name.length() - ".xhtml".length());
                List<Slot> slots = new ArrayList<>();
                String template = name;
                if (PUBLIC_ROUTES.containsKey(name)) {
                    template = PUBLIC_ROUTES.get(name);
                    Matcher placeholder = PATH_PARAM.matcher(template);
                    while (placeholder.find()) {
                        slots.add(slot("", placeholder.group(1), "path", true, name, unknown));
                    }
                } else if (name.startsWith(TENANT_VIEWS)) {
                    String page = name.substring(TENANT_VIEWS.length(), name.length() - ".xhtml".length());
                    template = "t/{code}/" + (page.equals("index") ? "" : page);
                    slots.add(new Slot("code", "path", Kind.TENANT, true));
                }
                Matcher param = VIEW_PARAM.matcher(source);
                while (param.find()) {
                    if (slots.stream().noneMatch(slot -> slot.name().equals(param.group(1)))) {
                        slots.add(slot(view, param.group(1), "query", true, name, unknown));
                    }
                }
                views.add(new Endpoint(name, "GET", template, List.copyOf(slots), null, true));
            }
        }
        return views;
    }

    /** Every path and method of the OpenAPI document, with its path, query and header parameters. */
    static List<Endpoint> operations(JsonObject openapi, List<String> unknown) {
        List<Endpoint> operations = new ArrayList<>();
        for (var path : openapi.getJsonObject("paths").entrySet()) {
            String template = path.getKey().replaceFirst("^/", "");
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String method = operation.getKey().toUpperCase();
                String label = method + " /" + template;
                JsonObject details = operation.getValue().asJsonObject();
                List<Slot> slots = new ArrayList<>();
                Matcher param = PATH_PARAM.matcher(template);
                while (param.find()) {
                    String before = template.substring(0, param.start() - 1);
                    slots.add(slot(before.substring(before.lastIndexOf('/') + 1), param.group(1), "path", true, label, unknown));
                }
                for (JsonValue declared : details.getJsonArray("parameters") == null ? List.<JsonValue>of()
                        : details.getJsonArray("parameters")) {
                    JsonObject parameter = declared.asJsonObject();
                    String in = parameter.getString("in");
                    if (!in.equals("path")) {
                        slots.add(slot("", parameter.getString("name"), in, parameter.getBoolean("required", false), label, unknown));
                    }
                }
                JsonObject requestBody = details.getJsonObject("requestBody");
                String body = requestBody == null ? null : requestBody.getJsonObject("content").keySet().iterator().next();
                operations.add(new Endpoint(label, method, template, List.copyOf(slots), body, false));
            }
        }
        return operations;
    }

    private static Slot slot(String collection, String name, String in, boolean required, String where, List<String> unknown) {
        return Kind.of(collection, name).map(kind -> new Slot(name, in, kind, required)).orElseGet(() -> {
            unknown.add(where + ": parameter '" + name + "' (" + in + ") has no strategy");
            return new Slot(name, in, null, required);
        });
    }
}
