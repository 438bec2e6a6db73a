package org.gongjian.evaluation.boundary;

import java.util.List;
import org.gongjian.tenant.entity.Tenant;

/** The projects of a tenant open for public opinion now. */
public record OpinionBoard(Tenant tenant, List<OpinionProject> projects) {

    public OpinionBoard {
        projects = List.copyOf(projects);
    }
}
