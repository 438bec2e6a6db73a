package org.gongjian.web.host.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.project.boundary.HostProjects;
import org.gongjian.project.control.FollowedProject;

/** The projects won in the host's competitions, in every tenant, each linked to its progress. */
@Named
@RequestScoped
public class FollowedProjectsBacking {

    @Inject
    HostProjects projects;

    private List<FollowedProject> rows;

    public List<FollowedProject> getRows() {
        if (rows == null) {
            rows = projects.followed();
        }
        return rows;
    }
}
