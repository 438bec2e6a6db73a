package org.gongjian.web.tenant.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.evaluation.boundary.ProjectResult;

/**
 * A project's result in a year's evaluation ({@code ?year=&id=}): the arithmetic of the current
 * total (live while open, the latest frozen version once closed) and every earlier version with
 * its number, reason, who decided and when.
 */
@Named
@ViewScoped
public class EvaluationResultBacking extends EvaluationPage {

    @Inject
    Evaluations evaluations;

    private transient ProjectResult result;

    public void load() {
        result = evaluations.result(year(), projectId());
    }

    public ProjectResult getResult() {
        if (result == null) {
            load();
        }
        return result;
    }
}
