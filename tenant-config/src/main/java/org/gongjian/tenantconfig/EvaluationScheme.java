package org.gongjian.tenantconfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a tenant scores its projects: the three channels with their weights, the criteria each is
 * scored on, the grade bands over the weighted total (0 to 100), and what happens when a channel
 * has no scores. Weights on every level add up to 100; the bands cover 0 to 100 without a gap or
 * an overlap. A scheme saved before the missing-channel rule existed reads as {@code NO_GRADE}.
 */
public record EvaluationScheme(List<Channel> channels, List<Criterion> criteria, List<GradeBand> grades,
                               MissingChannel missingChannel) {

    public EvaluationScheme {
        channels = channels == null ? List.of() : List.copyOf(channels);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        grades = grades == null ? List.of() : List.copyOf(grades);
        missingChannel = missingChannel == null ? MissingChannel.NO_GRADE : missingChannel;
    }

    public EvaluationScheme withMissingChannel(MissingChannel rule) {
        return new EvaluationScheme(channels, criteria, grades, rule);
    }

    public Optional<Channel> channel(ChannelKind kind) {
        return channels.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** The criteria a channel is scored on: its own, or else the common ones. */
    public List<Criterion> criteriaOf(ChannelKind kind) {
        return channel(kind).filter(Channel::hasOwnCriteria).map(Channel::criteria).orElse(criteria);
    }

    /**
     * The weighted total, 0 to 100 with two decimals: each channel's criteria scores, each as a share
     * of its scale times its weight, then the channels by theirs.
     *
     * @param scores per channel, criterion key to points on that criterion's scale
     * @throws IllegalArgumentException when a score is missing or off its scale, or the scheme is not valid
     */
    public BigDecimal weightedTotal(Map<ChannelKind, Map<String, BigDecimal>> scores) {
        if (!problems().isEmpty()) {
            throw new IllegalArgumentException("the scheme is not valid: " + problems());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Channel channel : channels) {
            Map<String, BigDecimal> given = scores.getOrDefault(channel.kind(), Map.of());
            BigDecimal channelScore = BigDecimal.ZERO;
            for (Criterion criterion : criteriaOf(channel.kind())) {
                BigDecimal points = given.get(criterion.key());
                BigDecimal scale = BigDecimal.valueOf(criterion.maxScore());
                if (points == null || points.signum() < 0 || points.compareTo(scale) > 0) {
                    throw new IllegalArgumentException(channel.kind() + "/" + criterion.key() + ": " + points
                            + " is not a score from 0 to " + criterion.maxScore());
                }
                channelScore = channelScore.add(points.multiply(criterion.weight()).divide(scale, 10, RoundingMode.HALF_UP));
            }
            total = total.add(channelScore.multiply(channel.weight()).divide(Problems.HUNDRED, 10, RoundingMode.HALF_UP));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** The band a total falls in. */
    public Optional<GradeBand> gradeOf(BigDecimal total) {
        return grades.stream().filter(band -> band.contains(total)).findFirst();
    }

    public List<Problem> problems() {
        Problems problems = new Problems();
        checkChannels(problems);
        checkGrades(problems);
        return problems.list();
    }

    /**
     * What is wrong with a list of criteria scored on its own, as a competition's panel scores bids:
     * at least one, keys unique, names and scales valid, weights adding up to 100.
     */
    public static List<Problem> criteriaProblems(List<Criterion> list) {
        Problems problems = new Problems();
        checkCriteria("criteria", WeightLevel.COMMON_CRITERIA, list == null ? List.of() : list, problems);
        return problems.list();
    }

    private void checkChannels(Problems problems) {
        List<ChannelKind> kinds = channels.stream().map(Channel::kind).toList();
        if (kinds.size() != ChannelKind.values().length || !kinds.containsAll(Arrays.asList(ChannelKind.values()))) {
            problems.add("scheme.channels", "config.channels.all", "the scheme needs each of " + Arrays.toString(ChannelKind.values()) + " once");
            return;
        }
        for (Channel channel : channels) {
            problems.weight("scheme.channels." + channel.kind() + ".weight", channel.kind(), channel.weight());
        }
        problems.sum("scheme.channels", WeightLevel.CHANNELS, channels.stream().map(Channel::weight).toList());
        boolean commonUsed = channels.stream().anyMatch(c -> !c.hasOwnCriteria());
        if (commonUsed) {
            checkCriteria("scheme.criteria", WeightLevel.COMMON_CRITERIA, criteria, problems);
        }
        for (Channel channel : channels) {
            if (channel.hasOwnCriteria()) {
                checkCriteria("scheme.channels." + channel.kind() + ".criteria", WeightLevel.criteriaOf(channel.kind()), channel.criteria(), problems);
            }
        }
    }

    private static void checkCriteria(String path, WeightLevel level, List<Criterion> list, Problems problems) {
        if (list.isEmpty()) {
            problems.add(path, "config.criteria.none", "no " + level + " are given", level);
            return;
        }
        problems.keys(path, list.stream().map(Criterion::key).toList());
        for (int i = 0; i < list.size(); i++) {
            list.get(i).check(path + "[" + i + "]", problems);
        }
        problems.sum(path, level, list.stream().map(Criterion::weight).toList());
    }

    private void checkGrades(Problems problems) {
        String path = "scheme.grades";
        if (grades.size() < 2) {
            problems.add(path, "config.grades.few", "at least two grade bands are needed");
            return;
        }
        problems.keys(path, grades.stream().map(GradeBand::key).toList());
        for (int i = 0; i < grades.size(); i++) {
            GradeBand band = grades.get(i);
            String at = path + "[" + i + "]";
            if (band.name() == null) {
                problems.add(at + ".name", "config.name.required", "name is missing");
            } else {
                band.name().check(at + ".name", 10, 40, problems);
            }
            if (band.from() == null || band.to() == null || band.from().compareTo(band.to()) >= 0) {
                problems.add(at, "config.grade.reversed", "band " + i + " must start below where it ends", label(band));
                return;
            }
            if (!problems.score(at, label(band), band.from()) || !problems.score(at, label(band), band.to())) {
                return;
            }
        }
        List<GradeBand> sorted = grades.stream().sorted(Comparator.comparing(GradeBand::from)).toList();
        BigDecimal reached = BigDecimal.ZERO;
        for (GradeBand band : sorted) {
            int step = band.from().compareTo(reached);
            if (step > 0) {
                problems.add(path, "config.grade.gap", "no band covers " + reached.toPlainString() + " to "
                        + band.from().toPlainString(), plain(reached), plain(band.from()));
            } else if (step < 0) {
                problems.add(path, "config.grade.overlap", "bands overlap from " + band.from().toPlainString() + " to "
                        + reached.toPlainString(), plain(band.from()), plain(reached));
            }
            reached = reached.max(band.to());
        }
        if (reached.compareTo(Problems.HUNDRED) != 0) {
            problems.add(path, "config.grade.top", "the top band must end at 100, not " + reached.toPlainString(), plain(reached));
        }
    }

    private static String label(GradeBand band) {
        return band.name() == null ? band.key() : band.name().zh();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
