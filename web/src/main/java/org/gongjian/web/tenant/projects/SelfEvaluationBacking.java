package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.gongjian.evaluation.boundary.OwnProject;
import org.gongjian.evaluation.boundary.ProjectResult;
import org.gongjian.evaluation.boundary.SelfEvaluations;
import org.gongjian.evaluation.boundary.SelfSheet;
import org.gongjian.project.boundary.Attachments;
import org.gongjian.project.entity.Attachment;
import org.gongjian.project.entity.AttachmentPurpose;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.tenant.evaluation.ScoreForm;

/**
 * The owner's self-evaluation of an accepted project in the year's evaluation: points on the SELF
 * channel's criteria with a note, the evidence among the project's attachments, and the result
 * with its arithmetic once the evaluation is closed. Admins are pointed to the evaluation's pages.
 */
@Named
@ViewScoped
public class SelfEvaluationBacking extends ImplementationPage {

    @Inject
    SelfEvaluations selfEvaluations;

    @Inject
    Attachments attachments;

    private transient Optional<OwnProject> own;
    private transient SelfSheet sheet;
    private transient ProjectResult result;
    private transient List<Attachment> evidence;
    private final ScoreForm form = new ScoreForm();

    @Override
    void refresh() {
        own = Optional.empty();
        sheet = null;
        result = null;
        evidence = null;
        if (!speaksForOwner()) {
            return;
        }
        own = selfEvaluations.mine().stream().filter(p -> p.projectId() == id()).findFirst();
        if (own.isPresent()) {
            sheet = selfEvaluations.sheet(id());
            form.fill(sheet.sheet());
            result = own.get().open() ? null : selfEvaluations.result(id());
            evidence = attachments.list(id()).stream().filter(a -> a.getPurpose() == AttachmentPurpose.EVALUATION).toList();
        }
    }

    public void save() {
        selfEvaluations.save(id(), form.form(sheet.criteria()));
        Messages.info("evalPages.self.saved");
        reload();
    }

    public boolean isInEvaluation() {
        return own != null && own.isPresent();
    }

    public boolean isOpen() {
        return isInEvaluation() && own.get().open();
    }

    public SelfSheet getSheet() {
        return sheet;
    }

    public ProjectResult getResult() {
        return result;
    }

    public List<Attachment> getEvidence() {
        return evidence;
    }

    public ScoreForm getForm() {
        return form;
    }
}
