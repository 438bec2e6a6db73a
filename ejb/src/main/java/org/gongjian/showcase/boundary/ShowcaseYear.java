package org.gongjian.showcase.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.gongjian.showcase.control.Candidate;
import org.gongjian.showcase.entity.PhotoKind;
import org.gongjian.showcase.entity.ShowcaseStory;

/**
 * A tenant's showcase of a year as its organiser works on it: the accepted projects it may feature,
 * the featured ones' stories in order with their photos, and its latest edition (0: none yet).
 */
public record ShowcaseYear(int year, List<Candidate> candidates, List<ShowcaseStory> stories, List<PhotoRef> photos,
                           int editionNumber, OffsetDateTime publishedAt) {

    /** A photo of a story, without its bytes. */
    public record PhotoRef(long id, long storyId, PhotoKind kind, String mediaType) {
    }

    public List<PhotoRef> photosOf(long storyId) {
        return photos.stream().filter(p -> p.storyId() == storyId).toList();
    }

    /** The story featuring the project, or null. */
    public ShowcaseStory storyOf(long projectId) {
        return stories.stream().filter(s -> s.getProjectId() == projectId).findFirst().orElse(null);
    }
}
