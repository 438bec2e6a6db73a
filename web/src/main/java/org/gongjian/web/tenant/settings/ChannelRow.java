package org.gongjian.web.tenant.settings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjian.tenantconfig.Channel;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.WeightLevel;

/** An evaluation channel as the scheme form edits it: its weight and, if it has them, its own criteria. */
public class ChannelRow implements Weighted, Serializable {

    private final ChannelKind kind;
    private BigDecimal weight;
    private boolean own;
    private final List<CriterionRow> criteria = new ArrayList<>();

    ChannelRow(ChannelKind kind) {
        this.kind = kind;
    }

    static ChannelRow of(ChannelKind kind, Optional<Channel> channel) {
        ChannelRow row = new ChannelRow(kind);
        channel.ifPresent(c -> {
            row.weight = c.weight();
            row.own = c.hasOwnCriteria();
            c.criteria().forEach(criterion -> row.criteria.add(CriterionRow.of(criterion)));
        });
        return row;
    }

    /** Criteria kept while "own" is off are not saved: the channel is then scored on the common ones. */
    Channel toChannel() {
        return new Channel(kind, weight, own ? criteria.stream().map(CriterionRow::toCriterion).toList() : List.of());
    }

    /** A channel meant to have criteria of its own but without any would silently fall back to the common ones. */
    boolean isOwnButEmpty() {
        return own && criteria.isEmpty();
    }

    WeightLevel level() {
        return WeightLevel.valueOf(kind.name() + "_CRITERIA");
    }

    public ChannelKind getKind() {
        return kind;
    }

    @Override
    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public boolean isOwn() {
        return own;
    }

    public void setOwn(boolean own) {
        this.own = own;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }
}
