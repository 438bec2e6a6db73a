package org.gongjian.record.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.award.control.Prize;
import org.gongjian.award.control.Prizes;
import org.gongjian.evaluation.control.EvaluatedProjects;
import org.gongjian.evaluation.entity.ProjectGrade;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.boundary.Funds;
import org.gongjian.project.boundary.ProjectLists;
import org.gongjian.project.control.FundStatement;
import org.gongjian.project.control.ProjectFilter;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.unit.boundary.Units;
import org.gongjian.unit.entity.Unit;

/**
 * Units' yearly records (述职评议). A tenant admin reads the record of any of the tenant's units, a
 * unit member only its own unit's; any other unit, of this tenant or another, is not found.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER})
public class YearlyRecords {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Inject
    CurrentTenant tenant;

    @Inject
    Units units;

    @Inject
    ProjectLists projects;

    @Inject
    Funds funds;

    @Inject
    EvaluatedProjects grades;

    @Inject
    Prizes prizes;

    /** The units whose record the caller may read: every unit for the tenant's admins, else the caller's own. */
    public List<Unit> readableUnits() {
        if (tenant.isAdmin()) {
            return units.all();
        }
        return units.find(tenant.unitId()).stream().toList();
    }

    /**
     * The unit's projects of the year (drafts aside), oldest first, with their frozen grades, the
     * prizes the year's award batches published for them, and their funds.
     */
    public YearlyRecord of(long unitId, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessException("record.year.range", String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (!tenant.isAdmin() && !Long.valueOf(unitId).equals(tenant.unitId())) {
            throw new NotFoundException();
        }
        Unit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        List<Category> categories = projects.categoryNames().byYear().getOrDefault(year, List.of());
        Map<Long, ProjectGrade> graded = grades.ofYear(year).stream()
                .collect(Collectors.toMap(ProjectGrade::projectId, Function.identity()));
        Map<Long, List<Prize>> awarded = prizes.ofYear(year).stream().collect(Collectors.groupingBy(Prize::projectId));
        List<RecordLine> lines = projects.all(new ProjectFilter(year, null, null, unitId)).stream()
                .filter(row -> row.status() != ProjectStatus.DRAFT)
                .sorted(Comparator.comparing(ProjectRow::id))
                .map(row -> line(row, categories, graded.get(row.id()), awarded.getOrDefault(row.id(), List.of()), funds.statement(row.id())))
                .toList();
        return new YearlyRecord(unit.getId(), unit.getName(), unit.getSecretary(), year, lines, RecordSums.of(lines));
    }

    private static RecordLine line(ProjectRow row, List<Category> categories, ProjectGrade grade, List<Prize> prizes,
                                   FundStatement statement) {
        Category category = categories.stream().filter(c -> c.key().equals(row.categoryKey())).findFirst().orElse(null);
        return new RecordLine(row.id(), row.title(), row.categoryKey(), category == null ? null : category.name(), row.status(),
                grade == null ? 0 : grade.number(), grade == null ? null : grade.total(),
                grade == null ? null : grade.gradeKey(), grade == null ? null : grade.gradeName(),
                score(grade, ChannelKind.SELF), score(grade, ChannelKind.PUBLIC), score(grade, ChannelKind.ORGANISATIONAL),
                prizes.stream().sorted(Comparator.comparing(Prize::tier)).toList(), statement.granted(), statement.spent());
    }

    /** A channel's score as the record shows it: two decimals, half up, from the four the result keeps. */
    private static BigDecimal score(ProjectGrade grade, ChannelKind kind) {
        BigDecimal score = grade == null ? null : grade.channelScores().get(kind);
        return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
    }
}
