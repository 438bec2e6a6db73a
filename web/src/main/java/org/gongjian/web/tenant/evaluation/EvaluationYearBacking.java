package org.gongjian.web.tenant.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.evaluation.boundary.EvaluatedProject;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenantconfig.GradeBand;
import org.gongjian.web.api.FilterParameters;
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

    private String grade;
    private String shownGrade;

    /** The year's projects, only those of one grade when the address names one ({@code &grade=excellent}, as the dashboard links). */
    public void load() {
        evaluation = evaluations.find(year());
        String chosen = FilterParameters.text(grade);
        List<String> grades = evaluation.getScheme().grades().stream().map(GradeBand::key).toList();
        if (chosen != null && !grades.contains(chosen)) {
            projects = List.of();
            Messages.refuseAddress(new BusinessException("export.filter.choice", "grade", chosen, String.join(", ", grades)));
            return;
        }
        shownGrade = chosen;
        projects = evaluations.projects(year()).stream().filter(p -> chosen == null || chosen.equals(p.gradeKey())).toList();
    }

    /** The grade the list is narrowed to, once read. */
    public String getShownGrade() {
        return shownGrade;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
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
