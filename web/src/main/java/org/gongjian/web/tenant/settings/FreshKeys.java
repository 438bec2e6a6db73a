package org.gongjian.web.tenant.settings;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Hands out keys such as {@code c7} that are not among the used ones, and remembers them as used. */
final class FreshKeys implements Serializable {

    private final Set<String> used;

    FreshKeys(Collection<String> used) {
        this.used = new HashSet<>(used);
    }

    String next(String prefix) {
        int number = 1;
        while (used.contains(prefix + number)) {
            number++;
        }
        String key = prefix + number;
        used.add(key);
        return key;
    }
}
