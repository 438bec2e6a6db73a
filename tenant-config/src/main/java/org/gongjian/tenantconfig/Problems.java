package org.gongjian.tenantconfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the problems of a configuration while its parts check themselves. */
final class Problems {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final List<Problem> found = new ArrayList<>();

    void add(String path, String key, String detail, Object... arguments) {
        // Stream.toList keeps a null argument, such as the label of a criterion not yet named; List.of would throw.
        found.add(new Problem(path, key, Arrays.stream(arguments).toList(), detail));
    }

    List<Problem> list() {
        return List.copyOf(found);
    }

    /** A weight is a percentage from 0 to 100 with at most two decimals. */
    void weight(String path, Object label, BigDecimal weight) {
        if (weight == null) {
            add(path, "config.weight.missing", "weight of " + label + " is missing", label);
        } else if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0 || weight.stripTrailingZeros().scale() > 2) {
            add(path, "config.weight.range", "weight " + weight.toPlainString() + " of " + label
                    + " is not a percentage from 0 to 100 with at most two decimals", label, weight.toPlainString());
        }
    }

    /**
     * A grade band's edge is a total score from 0 to 100 with at most two decimals, as totals are
     * shown; says whether it is one.
     */
    boolean score(String path, Object label, BigDecimal edge) {
        boolean fine = edge.signum() >= 0 && edge.compareTo(HUNDRED) <= 0 && edge.stripTrailingZeros().scale() <= 2;
        if (!fine) {
            add(path, "config.grade.edge", "grade band " + label + " has an edge that is not a score from 0 to 100"
                    + " with at most two decimals", label);
        }
        return fine;
    }

    /** Weights on one level must add up to exactly 100. */
    void sum(String path, WeightLevel level, List<BigDecimal> weights) {
        if (weights.stream().anyMatch(w -> w == null)) {
            return;
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            add(path, "config.weights.sum", level + " weights add up to " + total.toPlainString() + ", not 100",
                    level, total.stripTrailingZeros().toPlainString());
        }
    }

    /** Keys are short lower-case codes, unique in their list. */
    void keys(String path, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (key == null || !KEY.matcher(key).matches()) {
                add(path, "config.key.invalid", "key '" + key + "' is not 1-40 lower-case letters, digits or dashes",
                        String.valueOf(key));
            } else if (!seen.add(key)) {
                add(path, "config.key.repeated", "key '" + key + "' appears twice", key);
            }
        }
    }

    void text(String path, String value, int max) {
        if (value != null && value.length() > max) {
            add(path, "config.text.long", path + " is longer than " + max + " characters", max);
        }
    }
}
