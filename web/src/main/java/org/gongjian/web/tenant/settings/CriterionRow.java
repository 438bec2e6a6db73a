package org.gongjian.web.tenant.settings;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;

/**
 * A criterion as a row of a criteria table edits it, with the sample score the preview gives it in
 * each channel that may be scored on it.
 */
public class CriterionRow extends NamedRow implements Weighted {

    public static final int NEW_SCALE = 100;
    private static final BigDecimal SAMPLE_SHARE = new BigDecimal("0.8");

    private BigDecimal weight;
    private Integer maxScore;
    private final EnumMap<ChannelKind, BigDecimal> samples = new EnumMap<>(ChannelKind.class);

    public CriterionRow(String key, Integer maxScore) {
        super(key);
        this.maxScore = maxScore;
        for (ChannelKind kind : ChannelKind.values()) {
            samples.put(kind, sampleOn(maxScore));
        }
    }

    public static CriterionRow of(Criterion criterion) {
        CriterionRow row = new CriterionRow(criterion.key(), criterion.maxScore());
        row.nameFrom(criterion.name());
        row.weight = criterion.weight();
        return row;
    }

    CriterionRow copy() {
        CriterionRow row = new CriterionRow(getKey(), maxScore);
        row.nameFrom(toName());
        row.weight = weight;
        return row;
    }

    public Criterion toCriterion() {
        return new Criterion(getKey(), toName(), weight, maxScore == null ? 0 : maxScore);
    }

    /** The preview's default: 80% of the scale, written as a person would (80, not 80.0). */
    private static BigDecimal sampleOn(Integer scale) {
        return scale == null ? null
                : new BigDecimal(BigDecimal.valueOf(scale).multiply(SAMPLE_SHARE).stripTrailingZeros().toPlainString());
    }

    @Override
    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public Integer getMaxScore() {
        return maxScore;
    }

    /** A new scale moves the samples still at the old default along with it. */
    public void setMaxScore(Integer maxScore) {
        BigDecimal before = sampleOn(this.maxScore);
        BigDecimal after = sampleOn(maxScore);
        this.maxScore = maxScore;
        samples.replaceAll((kind, sample) -> sample == null || before != null && sample.compareTo(before) == 0 ? after : sample);
    }

    /** Sample scores by channel; the preview's inputs write into it. */
    public Map<ChannelKind, BigDecimal> getSamples() {
        return samples;
    }
}
