package org.gongjian.dashboard.boundary;

import java.util.List;

/** Every tenant's figures of a year side by side, and their totals. */
public record HostFigures(int year, List<YearFigures> tenants, YearFigures total) {

    public HostFigures {
        tenants = List.copyOf(tenants);
    }
}
