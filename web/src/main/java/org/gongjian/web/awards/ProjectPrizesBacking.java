package org.gongjian.web.awards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.award.boundary.Applications;
import org.gongjian.award.control.Prize;

/** The published prizes of the project a page shows, read once per request. */
@Named
@RequestScoped
public class ProjectPrizesBacking {

    @Inject
    Applications applications;

    private final Map<Long, List<Prize>> read = new HashMap<>();

    public List<Prize> of(long projectId) {
        return read.computeIfAbsent(projectId, applications::prizesOf);
    }
}
