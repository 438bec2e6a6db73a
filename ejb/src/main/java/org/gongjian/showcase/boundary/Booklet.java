package org.gongjian.showcase.boundary;

import java.time.LocalDate;
import java.util.List;
import org.gongjian.showcase.entity.Edition;

/**
 * A published year as the printed booklet shows it: title, publisher (names null: the city), the
 * day the figures were computed, the figures, and each featured story with its photos' bytes.
 * Status rows of the figures carry their key only ({@code enum.ProjectStatus.*} in the bundles).
 */
public record Booklet(String title, String publisherZh, String publisherEn, int year, LocalDate asOf, Edition.YearFigures figures,
                      List<Page> stories) {

    /** One featured project's page: its story as published and its photos. */
    public record Page(Edition.Story story, List<Photo> photos) {
    }

    /** A photo's kind, media type (image/jpeg or image/png) and bytes. */
    public record Photo(org.gongjian.showcase.entity.PhotoKind kind, String mediaType, byte[] bytes) {
    }
}
