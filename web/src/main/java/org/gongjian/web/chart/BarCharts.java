package org.gongjian.web.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;

/** Lets the {@code gj:barChart} tag draw any list of rows with {@code label()} and {@code value()}. */
@Named
@ApplicationScoped
public class BarCharts {

    public BarChart draw(Collection<?> rows) {
        return BarChart.of(rows);
    }
}
