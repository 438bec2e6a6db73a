package org.gongjian.showcase.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.gongjian.platform.BusinessException;

/** The order of a year's featured stories (or the city's picks), by their ids. */
public final class ShowcaseOrder {

    private ShowcaseOrder() {
    }

    /** The order given, when it names each of the current ids once and no other; refused otherwise. */
    public static List<Long> checked(List<Long> current, List<Long> given) {
        if (given == null || given.stream().anyMatch(Objects::isNull) || given.size() != current.size() || !new HashSet<>(given).equals(new HashSet<>(current))) {
            throw new BusinessException("showcase.order.mismatch");
        }
        return List.copyOf(given);
    }

    /** The current order with one id moved one place up ({@code by} -1) or down (1); refused beyond either end. */
    public static List<Long> moved(List<Long> current, long id, int by) {
        List<Long> order = new ArrayList<>(current);
        int at = order.indexOf(id);
        int to = at + by;
        if (at < 0 || Math.abs(by) != 1 || to < 0 || to >= order.size()) {
            throw new BusinessException("showcase.order.mismatch");
        }
        order.set(at, order.get(to));
        order.set(to, id);
        return order;
    }
}
