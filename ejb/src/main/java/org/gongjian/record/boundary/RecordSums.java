package org.gongjian.record.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongjian.tenantconfig.Name;

/**
 * The sums of a yearly record: how many projects, how many graded and their mean total (two
 * decimals, half up), how many in each grade (best first), how many prizes with their award funds,
 * and the funds granted and spent.
 */
public record RecordSums(int projects, int graded, BigDecimal meanTotal, List<GradeCount> grades, int prizes, BigDecimal awardFunds,
                         BigDecimal granted, BigDecimal spent) {

    public RecordSums {
        grades = List.copyOf(grades);
    }

    /** A grade with the number of the record's projects that have it. */
    public record GradeCount(String key, Name name, int projects) {
    }

    static RecordSums of(List<RecordLine> lines) {
        List<RecordLine> graded = lines.stream().filter(line -> line.total() != null).toList();
        BigDecimal mean = graded.isEmpty() ? null : graded.stream().map(RecordLine::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(graded.size()), 2, RoundingMode.HALF_UP);
        Map<String, GradeCount> grades = new LinkedHashMap<>();
        graded.stream().sorted(Comparator.comparing(RecordLine::total).reversed()).forEach(line -> grades.merge(line.gradeKey(),
                new GradeCount(line.gradeKey(), line.grade(), 1), (a, b) -> new GradeCount(a.key(), a.name(), a.projects() + 1)));
        return new RecordSums(lines.size(), graded.size(), mean, new ArrayList<>(grades.values()),
                lines.stream().mapToInt(line -> line.prizes().size()).sum(), sum(lines, RecordLine::awardFunds),
                sum(lines, RecordLine::granted), sum(lines, RecordLine::spent));
    }

    private static BigDecimal sum(List<RecordLine> lines, Function<RecordLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
