package org.gongjian.evaluation.boundary;

import java.util.List;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenantconfig.Criterion;

/** One project's public opinion form: the project and the criteria the public scores it on. */
public record OpinionSheet(Tenant tenant, OpinionProject project, List<Criterion> criteria) {

    public OpinionSheet {
        criteria = List.copyOf(criteria);
    }
}
