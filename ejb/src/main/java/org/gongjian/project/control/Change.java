package org.gongjian.project.control;

/**
 * One difference between two declaration versions. {@code part} names what changed (a field, or a
 * step, budget line or goal by its position or key); before or after is null when it was added or removed.
 */
public record Change(String part, String before, String after) {
}
