package org.gongjian.deployment;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The environment variables the portal and the launcher read, found in their main sources the way
 * they read them: {@code System.getenv("…")}, {@code env("…", …)}, {@code port("…", …)},
 * {@code environment.get("…")}, {@code getOrDefault("…", …)}, {@code value(env, "…")}, {@code ${ENV=…}},
 * and a {@code static final String} constant holding the name once it is passed to one of these calls.
 */
final class PortalVariables {

    private static final String READ = "\\b(?:getenv|env|port|get|getOrDefault|value)\\(\\s*(?:\\w+\\s*,\\s*)?";
    private static final String NAME = "(GONGJIAN_[A-Z0-9_]+)";
    private static final Pattern READ_LITERAL = Pattern.compile(READ + "\"" + NAME + "\"");
    private static final Pattern ENV_EXPRESSION = Pattern.compile("\\$\\{ENV=" + NAME);
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"" + NAME + "\"");

    private PortalVariables() {
    }

    static Set<String> read() {
        Map<Path, String> sources = Repository.mainSources().stream()
                .collect(Collectors.toMap(file -> file, Repository::read));
        Set<String> names = new TreeSet<>();
        sources.forEach((file, text) -> {
            collect(READ_LITERAL.matcher(text), 1, names);
            collect(ENV_EXPRESSION.matcher(text), 1, names);
            String className = file.getFileName().toString().replaceFirst("\\.java$", "");
            Matcher constant = CONSTANT.matcher(text);
            while (constant.find()) {
                Pattern ownUse = Pattern.compile(READ + "(?:" + className + "\\.)?" + constant.group(1) + "\\b");
                Pattern qualifiedUse = Pattern.compile(READ + className + "\\." + constant.group(1) + "\\b");
                if (ownUse.matcher(text).find() || sources.values().stream().anyMatch(other -> qualifiedUse.matcher(other).find())) {
                    names.add(constant.group(2));
                }
            }
        });
        return names;
    }

    private static void collect(Matcher matcher, int group, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(group));
        }
    }
}
