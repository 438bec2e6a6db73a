package org.gongjian.web.tenant.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.evaluation.boundary.Assignment;
import org.gongjian.evaluation.boundary.EvaluatorAccount;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.evaluation.boundary.ProjectResult;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.web.faces.Messages;

/**
 * One project in a year's evaluation ({@code ?year=&id=}): its evaluators, assigned and removed,
 * conflicts of interest with the override that lets one score anyway (with a reason), every sheet
 * with its notes, and after closing a correction of a sheet, which makes a new result version.
 */
@Named
@ViewScoped
public class EvaluationProjectBacking extends EvaluationPage {

    @Inject
    Evaluations evaluations;

    private transient ProjectResult result;
    private transient List<Assignment> assignments;
    private transient List<EvaluatorAccount> evaluators;
    private String login;
    private String overrideLogin;
    private String overrideReason;
    private Long correcting;
    private final ScoreForm correction = new ScoreForm();
    private String correctionReason;

    public void load() {
        result = evaluations.result(year(), projectId());
        assignments = evaluations.assignments(year(), projectId());
        evaluators = null;
    }

    public void assign() {
        evaluations.assign(year(), projectId(), login);
        Messages.info("evalPages.project.assigned", login);
        login = null;
        load();
    }

    public void unassign(Assignment assignment) {
        evaluations.unassign(year(), projectId(), assignment.login());
        Messages.info("evalPages.project.unassigned", assignment.login());
        load();
    }

    public void override() {
        evaluations.override(year(), projectId(), overrideLogin, overrideReason);
        Messages.info("evalPages.project.overridden", overrideLogin);
        overrideLogin = null;
        overrideReason = null;
        load();
    }

    /** Opens the correction form on one sheet, filled with its points. */
    public void startCorrection(ScoreSheet sheet) {
        correcting = sheet.getId();
        correction.fill(sheet);
        correctionReason = null;
    }

    public void correct() {
        var version = evaluations.correct(year(), correcting().getId(), correction.form(getCorrectionCriteria()), correctionReason);
        Messages.info("evalPages.project.corrected", version.getNumber());
        correcting = null;
        load();
    }

    public void cancelCorrection() {
        correcting = null;
    }

    private ScoreSheet correcting() {
        return getResult().sheets().stream().filter(s -> s.getId().equals(correcting)).findFirst().orElseThrow(NotFoundException::new);
    }

    public List<Criterion> criteriaOf(ScoreSheet sheet) {
        return getResult().evaluation().getScheme().criteriaOf(sheet.getChannel());
    }

    public List<Criterion> getCorrectionCriteria() {
        return criteriaOf(correcting());
    }

    public List<ScoreSheet> sheetsOf(ChannelKind channel) {
        return getResult().sheets().stream().filter(s -> s.getChannel() == channel).toList();
    }

    /** Conflicted evaluators not yet overridden, whom the override form offers. */
    public List<Assignment> getConflicted() {
        return getAssignments().stream().filter(a -> a.conflicted() && !a.overridden()).toList();
    }

    public boolean isOpen() {
        return getResult().evaluation().isOpen();
    }

    public ProjectResult getResult() {
        if (result == null) {
            load();
        }
        return result;
    }

    public List<Assignment> getAssignments() {
        if (assignments == null) {
            load();
        }
        return assignments;
    }

    public List<EvaluatorAccount> getEvaluators() {
        if (evaluators == null) {
            evaluators = evaluations.evaluators();
        }
        return evaluators;
    }

    public boolean isCorrecting() {
        return correcting != null;
    }

    public Long getCorrectingId() {
        return correcting;
    }

    public ScoreForm getCorrection() {
        return correction;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getOverrideLogin() {
        return overrideLogin;
    }

    public void setOverrideLogin(String overrideLogin) {
        this.overrideLogin = overrideLogin;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
