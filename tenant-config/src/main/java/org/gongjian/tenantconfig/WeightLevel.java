package org.gongjian.tenantconfig;

import java.util.Locale;

/** A level of an evaluation scheme whose weights add up to 100, as messages name it. */
public enum WeightLevel {
    CHANNELS,
    COMMON_CRITERIA,
    SELF_CRITERIA,
    PUBLIC_CRITERIA,
    ORGANISATIONAL_CRITERIA;

    static WeightLevel criteriaOf(ChannelKind kind) {
        return valueOf(kind.name() + "_CRITERIA");
    }

    /** In English words, for start-up errors: "common criteria". */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
