package org.gongjian.evaluation.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.MissingChannel;
import org.gongjian.tenantconfig.Name;

/**
 * How a project's total came about, every step as the result page shows it: each channel's
 * criterion means and shares, the channel scores, their weights and contributions, the rule for a
 * missing channel, the total and its band.
 *
 * @param presentWeight the weights of the channels that have scores, added up
 * @param total         0 to 100 with two decimals; null when there is no total under the rule
 * @param gradeKey      the band the total falls in; null without a total
 * @param complete      every channel has scores
 */
public record Arithmetic(MissingChannel rule, List<ChannelPart> channels, BigDecimal presentWeight, BigDecimal total,
                         String gradeKey, boolean complete) {

    public Arithmetic {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    public Optional<ChannelPart> channel(ChannelKind kind) {
        return channels.stream().filter(part -> part.kind() == kind).findFirst();
    }

    /**
     * One channel of the total.
     *
     * @param sheets       the sheets that count (an evaluator's only without a conflict, or with an override)
     * @param score        Σ criterion shares, 0 to 100; null when the channel has no sheets
     * @param contribution score × weight ÷ the present channels' weights; null when it does not count
     */
    public record ChannelPart(ChannelKind kind, BigDecimal weight, int sheets, List<CriterionMean> criteria,
                              BigDecimal score, BigDecimal contribution) {

        public ChannelPart {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }

        public boolean present() {
            return sheets > 0;
        }
    }

    /**
     * One criterion of a channel.
     *
     * @param mean  the average of the counted sheets' points; null without sheets
     * @param share mean ÷ scale × weight
     */
    public record CriterionMean(String key, Name name, BigDecimal weight, int scale, BigDecimal mean, BigDecimal share) {
    }
}
