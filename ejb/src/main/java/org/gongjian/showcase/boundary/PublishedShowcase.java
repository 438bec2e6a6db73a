package org.gongjian.showcase.boundary;

import java.time.OffsetDateTime;
import org.gongjian.showcase.entity.Edition;

/** A published showcase as the public pages show it: the latest edition of a tenant's year or the city's. */
public record PublishedShowcase(Edition edition, int number, OffsetDateTime publishedAt) {

    /** The published story of this id, or null. */
    public Edition.Story story(long storyId) {
        return edition.stories().stream().filter(s -> s.id() == storyId).findFirst().orElse(null);
    }
}
