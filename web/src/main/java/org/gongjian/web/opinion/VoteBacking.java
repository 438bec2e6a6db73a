package org.gongjian.web.opinion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gongjian.evaluation.boundary.PublicOpinion;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.TooOftenException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.security.ClientAddress;
import org.gongjian.web.security.Origins;

/**
 * A vote with a ballot code: the points on each criterion of the public channel and a note. A
 * refusal stays on the form with its message and answers 400 (409 for a used code or a closed
 * evaluation, 429 after too many wrong codes); a vote posted from another origin is refused (403)
 * before its code is looked at. The code comes filled in from the QR code's address.
 */
@Named
@RequestScoped
public class VoteBacking {

    @Inject
    PublicOpinion opinion;

    @Inject
    OpinionPage page;

    @Inject
    ClientAddress clientAddress;

    private String code;
    private String note;
    private List<PointsInput> points;
    private boolean voted;

    public void vote() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (Origins.isForeign(request)) {
            Messages.error("opinion.crossSite");
            external.setResponseStatus(403);
            return;
        }
        try {
            opinion.vote(page.getTenantCode(), page.getProjectId(), code,
                    new SheetForm(PointsInput.given(getPoints()), note, null, null, null, null),
                    clientAddress.of(request));
        } catch (NotFoundException missing) {
            throw missing;
        } catch (BusinessException refused) {
            refused.reasons().stream().distinct().forEach(reason -> Messages.error(reason.key(), reason.arguments().toArray()));
            external.setResponseStatus(refused instanceof TooOftenException ? 429 : refused instanceof ConflictException ? 409 : 400);
            return;
        }
        voted = true;
        code = null;
    }

    /** A field's conversion failed (points that are no number): the form answers 400 with its messages. */
    public void answerInvalidWith400() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() && context.isValidationFailed()) {
            context.getExternalContext().setResponseStatus(400);
        }
    }

    public String getCode() {
        if (code == null && !voted && !FacesContext.getCurrentInstance().isPostback()) {
            code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        }
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** One input per criterion of the public channel, in the scheme's order. */
    public List<PointsInput> getPoints() {
        if (points == null) {
            points = PointsInput.of(page.getCriteria());
        }
        return points;
    }

    public boolean isVoted() {
        return voted;
    }
}
