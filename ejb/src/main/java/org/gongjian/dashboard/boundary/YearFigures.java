package org.gongjian.dashboard.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.gongjian.tenantconfig.Name;

/**
 * One tenant's (or, summed, every tenant's) year at a glance. Declarations are the year's projects
 * past their draft; approvals those approved at any later stage; live those under way; overdue the
 * open ledger entries of projects under way past their deadline on the tenant's today; places those
 * of the year's board items published or closed; entries the bids submitted to the year's
 * competitions; sheets the evaluators' score sheets in against their assignments; grades the latest
 * result of each project of the year's evaluation; applications and prizes those of the tenant's
 * projects in the year's award batches (prizes once published); funds every grant and spending of
 * the year's projects, in yuan.
 */
public record YearFigures(Long tenantId, String tenantCode, Name tenantName, int year, long declarations, long approvals,
                          long live, long overdue, long placesOffered, long placesTaken, long entries, long sheetsExpected,
                          long sheetsIn, long projectsGraded, long applications, long prizes, BigDecimal granted,
                          BigDecimal spent, List<Count> byCategory, List<Count> byStatus, List<Count> byGrade) {

    public YearFigures {
        byCategory = List.copyOf(byCategory);
        byStatus = List.copyOf(byStatus);
        byGrade = List.copyOf(byGrade);
    }

    /** Places taken of those offered, in whole per cent (0 when none are offered). */
    public long fillPercent() {
        return placesOffered == 0 ? 0 : Math.round(placesTaken * 100.0 / placesOffered);
    }

    /** Every tenant's figures added up; counts by category and grade summed by key, first name seen kept. */
    public static YearFigures total(int year, List<YearFigures> tenants) {
        return new YearFigures(null, null, null, year, sum(tenants, YearFigures::declarations), sum(tenants, YearFigures::approvals),
                sum(tenants, YearFigures::live), sum(tenants, YearFigures::overdue), sum(tenants, YearFigures::placesOffered),
                sum(tenants, YearFigures::placesTaken), sum(tenants, YearFigures::entries), sum(tenants, YearFigures::sheetsExpected),
                sum(tenants, YearFigures::sheetsIn), sum(tenants, YearFigures::projectsGraded), sum(tenants, YearFigures::applications),
                sum(tenants, YearFigures::prizes), tenants.stream().map(YearFigures::granted).reduce(BigDecimal.ZERO, BigDecimal::add),
                tenants.stream().map(YearFigures::spent).reduce(BigDecimal.ZERO, BigDecimal::add),
                merged(tenants, YearFigures::byCategory), merged(tenants, YearFigures::byStatus), merged(tenants, YearFigures::byGrade));
    }

    private static long sum(List<YearFigures> tenants, ToLongFunction<YearFigures> figure) {
        return tenants.stream().mapToLong(figure).sum();
    }

    private static List<Count> merged(List<YearFigures> tenants, Function<YearFigures, List<Count>> counts) {
        Map<String, Count> byKey = new LinkedHashMap<>();
        tenants.stream().flatMap(t -> counts.apply(t).stream()).forEach(count -> byKey.merge(count.key(), count,
                (a, b) -> new Count(a.key(), a.name() != null ? a.name() : b.name(), a.count() + b.count())));
        return new ArrayList<>(byKey.values());
    }
}
