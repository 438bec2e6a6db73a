package org.gongjian.tenantconfig;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's rules for the year.
 *
 * @param declarationsPerUnit how many projects one unit may declare in a year
 * @param nominationsUpward   how many approved projects the tenant nominates to the host (择优上报)
 * @param awards              how many awards of each tier
 * @param features            which optional parts are on
 */
public record Rules(int declarationsPerUnit, int nominationsUpward, List<AwardQuota> awards, Set<Feature> features) {

    public static final int MAX_DECLARATIONS = 20;
    public static final int MIN_NOMINATIONS = 2;
    public static final int MAX_NOMINATIONS = 3;
    public static final int MAX_AWARDS = 50;

    public Rules {
        awards = awards == null ? List.of() : awards.stream().sorted((a, b) -> a.tier().compareTo(b.tier())).toList();
        features = features == null || features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    public int awardsOf(AwardTier tier) {
        return awards.stream().filter(a -> a.tier() == tier).mapToInt(AwardQuota::count).findFirst().orElse(0);
    }

    public List<Problem> problems() {
        Problems problems = new Problems();
        if (declarationsPerUnit < 1 || declarationsPerUnit > MAX_DECLARATIONS) {
            problems.add("rules.declarationsPerUnit", "config.rules.declarations", "declarations per unit is "
                    + declarationsPerUnit + ", not 1 to " + MAX_DECLARATIONS, declarationsPerUnit, MAX_DECLARATIONS);
        }
        if (nominationsUpward < MIN_NOMINATIONS || nominationsUpward > MAX_NOMINATIONS) {
            problems.add("rules.nominationsUpward", "config.rules.nominations", "nominations upward is "
                    + nominationsUpward + ", not " + MIN_NOMINATIONS + " to " + MAX_NOMINATIONS,
                    nominationsUpward, MIN_NOMINATIONS, MAX_NOMINATIONS);
        }
        List<AwardTier> tiers = awards.stream().map(AwardQuota::tier).toList();
        if (tiers.size() != AwardTier.values().length || !tiers.containsAll(Arrays.asList(AwardTier.values()))) {
            problems.add("rules.awards", "config.rules.tiers", "awards need each of " + Arrays.toString(AwardTier.values()) + " once");
        }
        for (AwardQuota quota : awards) {
            if (quota.count() < 0 || quota.count() > MAX_AWARDS) {
                problems.add("rules.awards." + quota.tier(), "config.rules.awards", quota.tier() + " awards: "
                        + quota.count() + ", not 0 to " + MAX_AWARDS, quota.tier(), quota.count(), MAX_AWARDS);
            }
        }
        return problems.list();
    }
}
