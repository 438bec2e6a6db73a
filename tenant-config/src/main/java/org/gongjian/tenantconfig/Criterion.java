package org.gongjian.tenantconfig;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An evaluation criterion (考评指标): its weight among its siblings, in percent, and its score
 * scale, from 0 to {@code maxScore} points.
 */
public record Criterion(String key, Name name, BigDecimal weight, int maxScore) implements Serializable {

    static final int MAX_SCALE = 1000;

    void check(String path, Problems problems) {
        String label = name == null ? key : name.zh();
        if (name == null) {
            problems.add(path + ".name", "config.name.required", "name is missing");
        } else {
            name.check(path + ".name", 30, 80, problems);
        }
        problems.weight(path + ".weight", label, weight);
        if (maxScore < 1 || maxScore > MAX_SCALE) {
            problems.add(path + ".maxScore", "config.scale.range", "score scale of " + label + " is "
                    + maxScore + ", not 1 to " + MAX_SCALE, label, maxScore, MAX_SCALE);
        }
    }
}
