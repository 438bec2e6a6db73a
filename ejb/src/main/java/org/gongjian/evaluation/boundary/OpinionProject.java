package org.gongjian.evaluation.boundary;

import org.gongjian.project.entity.Project;

/** What the public is told of a project it gives its opinion on. */
public record OpinionProject(long projectId, int year, String title, String ownerName) {

    public static OpinionProject of(Project project, String ownerName) {
        return new OpinionProject(project.getId(), project.getYear(), project.getTitle(), ownerName);
    }
}
