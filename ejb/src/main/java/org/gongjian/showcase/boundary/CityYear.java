package org.gongjian.showcase.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.gongjian.showcase.entity.CityPick;
import org.gongjian.showcase.entity.Edition;

/**
 * The city's showcase of a year as the host works on it: the stories tenants published that year
 * (from each tenant's latest edition), the host's picks in order, and its latest edition (0: none).
 */
public record CityYear(int year, List<Edition.Story> published, List<CityPick> picks, int editionNumber, OffsetDateTime publishedAt) {

    /** The pick of a published story, or null. */
    public CityPick pickOf(Edition.Story story) {
        return picks.stream().filter(p -> p.getStoryId() == story.id()).findFirst().orElse(null);
    }

    /** The published story a pick names, or null when its tenant no longer shows it. */
    public Edition.Story storyOf(CityPick pick) {
        return published.stream().filter(s -> s.id() == pick.getStoryId()).findFirst().orElse(null);
    }
}
