package org.gongjian.web.tenant.assessments;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gongjian.evaluation.boundary.AssessmentSheet;
import org.gongjian.evaluation.boundary.Assessments;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.tenant.evaluation.ScoreForm;

/**
 * An evaluator's sheet for one assigned project ({@code ?id=}): points on the organisational
 * criteria, with what was heard, seen, checked and asked (一听、二看、三查、四问) and a note.
 */
@Named
@ViewScoped
public class AssessmentSheetBacking implements Serializable {

    @Inject
    Assessments assessments;

    private String idParameter;
    private long id;
    private transient AssessmentSheet sheet;
    private final ScoreForm form = new ScoreForm();

    public void load() {
        if (idParameter == null || !idParameter.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        id = Long.parseLong(idParameter);
        sheet = assessments.sheet(id);
        form.fill(sheet.mine());
    }

    public String score() {
        assessments.score(id, form.form(getSheet().criteria()));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("evalPages.assessment.saved", getSheet().title());
        return "/tenant/assessments/sheet?faces-redirect=true&id=" + id;
    }

    public AssessmentSheet getSheet() {
        if (sheet == null) {
            sheet = assessments.sheet(id);
        }
        return sheet;
    }

    /** Whether the evaluator may score now: the evaluation is open and no conflict of interest stands in the way. */
    public boolean isOpen() {
        return getSheet().mayScore();
    }

    public boolean isKeptOut() {
        return getSheet().conflicted() && !getSheet().overridden();
    }

    public ScoreForm getForm() {
        return form;
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }
}
