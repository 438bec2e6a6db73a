package org.gongjian.deployment;

import java.util.ArrayList;
import java.util.List;

/**
 * An nginx configuration read into its directives (blocks too), each with the blocks it sits in
 * ({@code http > upstream portal}). Refuses what nginx refuses structurally: a directive without
 * its {@code ;}, an unbalanced brace, an unclosed quote.
 */
record NginxConfig(List<Directive> directives) {

    record Directive(String context, String name, List<String> arguments) {
    }

    static NginxConfig parse(String text) {
        List<Directive> directives = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed quote at offset " + i);
                }
                word.append(text, i + 1, close);
                i = close;
            } else if (Character.isWhitespace(c) || c == ';' || c == '{' || c == '}') {
                if (!word.isEmpty() || i > 0 && (text.charAt(i - 1) == '"' || text.charAt(i - 1) == '\'')) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (c == ';') {
                    if (words.isEmpty()) {
                        throw new IllegalArgumentException("an empty directive at offset " + i);
                    }
                    directives.add(new Directive(String.join(" > ", blocks), words.get(0), List.copyOf(words.subList(1, words.size()))));
                    words.clear();
                } else if (c == '{') {
                    if (words.isEmpty()) {
                        throw new IllegalArgumentException("a block without a name at offset " + i);
                    }
                    directives.add(new Directive(String.join(" > ", blocks), words.get(0), List.copyOf(words.subList(1, words.size()))));
                    blocks.add(String.join(" ", words));
                    words.clear();
                } else if (c == '}') {
                    if (!words.isEmpty() || blocks.isEmpty()) {
                        throw new IllegalArgumentException("a directive without ';' or an unbalanced '}' at offset " + i);
                    }
                    blocks.remove(blocks.size() - 1);
                }
            } else {
                word.append(c);
            }
        }
        if (!blocks.isEmpty() || !words.isEmpty() || !word.isEmpty()) {
            throw new IllegalArgumentException("the configuration ends inside " + (blocks.isEmpty() ? "a directive" : blocks.get(blocks.size() - 1)));
        }
        return new NginxConfig(List.copyOf(directives));
    }

    List<List<String>> all(String context, String name) {
        return directives.stream()
                .filter(d -> d.context().equals(context) && d.name().equals(name))
                .map(Directive::arguments)
                .toList();
    }
}
