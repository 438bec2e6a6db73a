package org.gongjian.record.boundary;

import java.util.List;

/** A unit's yearly record (述职评议): its projects of the year, oldest first, and their sums. */
public record YearlyRecord(long unitId, String unitName, String secretary, int year, List<RecordLine> projects, RecordSums sums) {

    public YearlyRecord {
        projects = List.copyOf(projects);
    }
}
