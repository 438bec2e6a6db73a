package org.gongjian.web.tenant.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.evaluation.boundary.EvaluatedProject;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.web.faces.Messages;

/**
 * One year's evaluation ({@code ?year=}): each project's progress on the three channels with its
 * live total and grade (the frozen result number once closed), and closing the evaluation.
 */
@Named
@ViewScoped
public class EvaluationYearBacking extends EvaluationPage {

    @Inject
    Evaluations evaluations;

    private transient Evaluation evaluation;
    private transient List<EvaluatedProject> projects;

    public void load() {
        evaluation = evaluations.find(year());
        projects = evaluations.projects(year());
    }

    public void close() {
        evaluations.close(year());
        Messages.info("evalPages.year.closed", getYear());
        load();
    }

    public Evaluation getEvaluation() {
        if (evaluation == null) {
            load();
        }
        return evaluation;
    }

    public List<EvaluatedProject> getProjects() {
        if (projects == null) {
            load();
        }
        return projects;
    }
}
