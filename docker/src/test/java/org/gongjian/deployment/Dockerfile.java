package org.gongjian.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * A Dockerfile read as Docker reads it: continuation lines joined, comment lines left out, one
 * instruction per line. Only the last stage (after the last FROM) makes the image.
 */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern INSTRUCTION = Pattern.compile("([A-Za-z]+)\\s+(.*)", Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S*)");

    static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty() && pending.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            Matcher matcher = INSTRUCTION.matcher(pending.toString().strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a Dockerfile instruction: " + pending);
            }
            instructions.add(new Instruction(matcher.group(1).toUpperCase(Locale.ROOT), matcher.group(2).strip()));
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException("the last instruction ends in a line continuation: " + pending);
        }
        return new Dockerfile(List.copyOf(instructions));
    }

    List<Instruction> finalStage() {
        int from = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                from = i;
            }
        }
        return instructions.subList(from, instructions.size());
    }

    List<String> all(String keyword) {
        return finalStage().stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The variables the image sets with ENV, in the {@code KEY=value} form. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String arguments : all("ENV")) {
            Matcher assignment = ASSIGNMENT.matcher(arguments);
            int end = 0;
            while (assignment.find() && arguments.substring(end, assignment.start()).isBlank()) {
                environment.put(assignment.group(1), assignment.group(2).replaceAll("^\"|\"$", ""));
                end = assignment.end();
            }
            if (!arguments.substring(end).isBlank()) {
                throw new IllegalArgumentException("ENV not in the KEY=value form: " + arguments);
            }
        }
        return environment;
    }

    /** The argument list of an exec-form instruction (a JSON array); the shell form is refused. */
    List<String> execForm(String keyword) {
        List<String> found = all(keyword);
        if (found.isEmpty()) {
            return List.of();
        }
        String last = found.get(found.size() - 1);
        if (!last.startsWith("[")) {
            throw new IllegalArgumentException(keyword + " is in the shell form, so signals would not reach the launcher: " + last);
        }
        List<?> arguments = new Yaml().load(last);
        return arguments.stream().map(String::valueOf).toList();
    }
}
