package org.gongjian.web.tenant.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.EvaluationScheme;
import org.gongjian.tenantconfig.GradeBand;
import org.gongjian.tenantconfig.MissingChannel;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.tenantconfig.WeightLevel;
import org.gongjian.web.faces.Messages;

/**
 * The tenant admin edits the evaluation scheme: channel weights, common and per-channel criteria,
 * grade bands, the rule for a channel without scores, with live sums and a preview of the total
 * that sample scores would give.
 */
@Named
@ViewScoped
public class SchemeBacking extends SettingsPage {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<ChannelRow> channels = new ArrayList<>();
    private final List<CriterionRow> common = new ArrayList<>();
    private final List<GradeRow> grades = new ArrayList<>();
    private MissingChannel missingChannel;

    @Override
    void edit(TenantConfiguration configuration) {
        EvaluationScheme scheme = configuration.scheme();
        channels.clear();
        common.clear();
        grades.clear();
        for (ChannelKind kind : ChannelKind.values()) {
            channels.add(ChannelRow.of(kind, scheme.channel(kind)));
        }
        scheme.criteria().forEach(criterion -> common.add(CriterionRow.of(criterion)));
        scheme.grades().forEach(band -> grades.add(GradeRow.of(band)));
        missingChannel = scheme.missingChannel();
    }

    public void save() {
        List<WeightLevel> empty = emptyOwnCriteria();
        if (!empty.isEmpty()) {
            empty.forEach(level -> Messages.error("config.criteria.none", level));
            return;
        }
        saved(configurations.saveScheme(scheme(), basedOn()));
    }

    public void addCriterion(List<CriterionRow> rows) {
        rows.add(new CriterionRow(freshKey("c", SchemeBacking::keysOf), CriterionRow.NEW_SCALE));
    }

    public void removeCriterion(List<CriterionRow> rows, CriterionRow row) {
        rows.remove(row);
    }

    public void addGrade() {
        grades.add(new GradeRow(freshKey("g", SchemeBacking::keysOf)));
    }

    public void removeGrade(GradeRow row) {
        grades.remove(row);
    }

    /** A channel that starts using criteria of its own starts from a copy of the common ones. */
    public void ownChanged(ChannelRow channel) {
        if (channel.isOwnButEmpty()) {
            common.forEach(criterion -> channel.getCriteria().add(criterion.copy()));
        }
    }

    public List<CriterionRow> scoredOn(ChannelRow channel) {
        return channel.isOwn() ? channel.getCriteria() : common;
    }

    public BigDecimal sum(List<? extends Weighted> rows) {
        return Weighted.sum(rows);
    }

    public boolean hundred(List<? extends Weighted> rows) {
        return sum(rows).compareTo(HUNDRED) == 0;
    }

    /** The weighted total and grade the sample scores give, or why the scheme cannot give one yet. */
    public Preview getPreview() {
        EvaluationScheme scheme = scheme();
        List<String> problems = Stream.concat(
                        emptyOwnCriteria().stream().map(level -> Messages.text("config.criteria.none", level)),
                        scheme.problems().stream().map(problem -> Messages.text(problem.key(), problem.arguments().toArray())))
                .distinct().toList();
        if (!problems.isEmpty()) {
            return new Preview(problems, null, null);
        }
        try {
            BigDecimal total = scheme.weightedTotal(samples());
            return new Preview(List.of(), total, scheme.gradeOf(total).map(band -> band.name().in(locale())).orElse(null));
        } catch (IllegalArgumentException offScale) {
            return new Preview(List.of(Messages.text("settings.scheme.sampleRange")), null, null);
        }
    }

    EvaluationScheme scheme() {
        return new EvaluationScheme(channels.stream().map(ChannelRow::toChannel).toList(),
                common.stream().map(CriterionRow::toCriterion).toList(),
                grades.stream().map(GradeRow::toBand).toList(), missingChannel);
    }

    private List<WeightLevel> emptyOwnCriteria() {
        return channels.stream().filter(ChannelRow::isOwnButEmpty).map(ChannelRow::level).toList();
    }

    private Map<ChannelKind, Map<String, BigDecimal>> samples() {
        Map<ChannelKind, Map<String, BigDecimal>> scores = new EnumMap<>(ChannelKind.class);
        for (ChannelRow channel : channels) {
            Map<String, BigDecimal> points = new HashMap<>();
            for (CriterionRow criterion : scoredOn(channel)) {
                BigDecimal sample = criterion.getSamples().get(channel.getKind());
                if (sample != null) {
                    points.put(criterion.getKey(), sample);
                }
            }
            scores.put(channel.getKind(), points);
        }
        return scores;
    }

    private static Stream<String> keysOf(TenantConfiguration configuration) {
        EvaluationScheme scheme = configuration.scheme();
        return Stream.of(scheme.criteria().stream().map(Criterion::key),
                        scheme.channels().stream().flatMap(channel -> channel.criteria().stream()).map(Criterion::key),
                        scheme.grades().stream().map(GradeBand::key))
                .flatMap(keys -> keys);
    }

    public MissingChannel[] getMissingChannelRules() {
        return MissingChannel.values();
    }

    public MissingChannel getMissingChannel() {
        return missingChannel;
    }

    public void setMissingChannel(MissingChannel missingChannel) {
        this.missingChannel = missingChannel;
    }

    public List<ChannelRow> getChannels() {
        return channels;
    }

    public List<CriterionRow> getCommon() {
        return common;
    }

    public List<GradeRow> getGrades() {
        return grades;
    }

    /**
     * @param problems why there is no total yet, in the viewer's language; empty when there is one
     * @param grade    the grade's name, null when no band holds the total
     */
    public record Preview(List<String> problems, BigDecimal total, String grade) {
    }
}
