package org.gongjian.web.tenant.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.gongjian.tenantconfig.AwardTier;
import org.gongjian.tenantconfig.Feature;
import org.gongjian.tenantconfig.Rules;
import org.gongjian.tenantconfig.TenantConfiguration;

/** The tenant admin sets the year's rules: declarations per unit, nominations upward, awards, features. */
@Named
@ViewScoped
public class RulesBacking extends SettingsPage {

    private Integer declarations;
    private Integer nominations;
    private final List<AwardRow> awards = new ArrayList<>();
    private Feature[] features = {};

    @Override
    void edit(TenantConfiguration configuration) {
        Rules rules = configuration.rules();
        declarations = rules.declarationsPerUnit();
        nominations = rules.nominationsUpward();
        awards.clear();
        for (AwardTier tier : AwardTier.values()) {
            awards.add(new AwardRow(tier, rules.awardsOf(tier)));
        }
        features = rules.features().stream().sorted().toArray(Feature[]::new);
    }

    public void save() {
        Rules rules = new Rules(declarations, nominations, awards.stream().map(AwardRow::toQuota).toList(),
                new HashSet<>(Arrays.asList(features)));
        saved(configurations.saveRules(rules, basedOn()));
    }

    public List<Integer> getNominationChoices() {
        return IntStream.rangeClosed(Rules.MIN_NOMINATIONS, Rules.MAX_NOMINATIONS).boxed().toList();
    }

    public Feature[] getAllFeatures() {
        return Feature.values();
    }

    public int getMaxDeclarations() {
        return Rules.MAX_DECLARATIONS;
    }

    public int getMaxAwards() {
        return Rules.MAX_AWARDS;
    }

    public Integer getDeclarations() {
        return declarations;
    }

    public void setDeclarations(Integer declarations) {
        this.declarations = declarations;
    }

    public Integer getNominations() {
        return nominations;
    }

    public void setNominations(Integer nominations) {
        this.nominations = nominations;
    }

    public List<AwardRow> getAwards() {
        return awards;
    }

    public Feature[] getFeatures() {
        return features;
    }

    public void setFeatures(Feature[] features) {
        this.features = features == null ? new Feature[0] : features;
    }
}
