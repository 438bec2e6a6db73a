package org.gongjian.web.tenant.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.evaluation.boundary.AssignedProject;
import org.gongjian.evaluation.boundary.Assessments;

/** The projects an evaluator is assigned to score, conflicted ones shown as such. */
@Named
@RequestScoped
public class AssessmentsBacking {

    @Inject
    Assessments assessments;

    private List<AssignedProject> projects;

    public void load() {
        projects = assessments.mine();
    }

    public List<AssignedProject> getProjects() {
        return projects;
    }
}
