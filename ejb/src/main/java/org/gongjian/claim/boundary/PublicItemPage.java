package org.gongjian.claim.boundary;

import java.util.List;
import org.gongjian.project.entity.ProjectStatus;

/**
 * One item's public page: the item, its contact, the organisations holding its places with how
 * their projects stand, and its photos.
 */
public record PublicItemPage(PublicItem item, String contact, List<Holder> holders, List<Long> photoIds) {

    public PublicItemPage {
        holders = List.copyOf(holders);
        photoIds = List.copyOf(photoIds);
    }

    /** An organisation holding a place; its project's status once the project exists. */
    public record Holder(String name, ProjectStatus projectStatus) {
    }
}
