package org.gongjian.evaluation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.evaluation.control.BallotBox;
import org.gongjian.evaluation.control.PublicChannel;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.entity.Project;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenantconfig.Criterion;

/**
 * The ballots of the public opinion channel (民意测评), as the tenant's admins keep them: batches of
 * one-time codes per project, each batch one printed sheet handed out at a residents' meeting;
 * the codes with whether each has voted; and paper ballots entered by an admin, recorded as such.
 */
@Stateless
@TenantBound
@TenantRoles(Role.Names.TENANT_ADMIN)
public class Ballots {

    /** Codes one batch holds at most: a few printed pages. */
    public static final int MAX_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicChannel channel;

    @Inject
    BallotBox box;

    @Inject
    Audit audit;

    /** Issues a new batch of {@code count} codes (1 to {@value #MAX_BATCH}) for a project of the open evaluation. */
    public IssuedBatch issue(int year, long projectId, Integer count) {
        if (count == null || count < 1 || count > MAX_BATCH) {
            throw new BusinessException("ballot.count.range", MAX_BATCH);
        }
        Evaluation evaluation = open(year, projectId, true);
        IssuedBatch issued = box.issue(evaluation.getId(), projectId, count, audit.actor());
        audit.record("ballot.issue", "project", projectId, null, Map.of("year", year, "batch", issued.batch(), "count", count));
        return issued;
    }

    /** A project's codes by batch, with the public channel's criteria and its votes so far. */
    public ProjectBallots codes(int year, long projectId) {
        Evaluation evaluation = channel.evaluation(year).orElseThrow(NotFoundException::new);
        Project project = channel.project(evaluation, projectId);
        return new ProjectBallots(evaluation, channel.shown(project), PublicChannel.criteria(evaluation),
                box.of(evaluation.getId(), projectId), channel.paperBallots(evaluation, projectId));
    }

    /** Enters a paper ballot of the public channel, scored on its criteria; it is marked paper wherever it shows. */
    public ScoreSheet enterPaper(int year, long projectId, SheetForm form) {
        if (form == null) {
            throw new BusinessException("opinion.points.required");
        }
        Evaluation evaluation = open(year, projectId, false);
        ScoreSheet sheet = ScoreSheet.paper(evaluation, projectId, audit.actor());
        sheet.fill(PublicChannel.criteria(evaluation), form);
        em.persist(sheet);
        em.flush();
        audit.record("ballot.paper", "score_sheet", sheet.getId(), null, PublicOpinion.snapshot(sheet, projectId, null));
        return sheet;
    }

    /**
     * The evaluation of the year, open and asking the public, covering the project; held open
     * (exclusively to number a batch), so a close waits until this change is in.
     */
    private Evaluation open(int year, long projectId, boolean exclusive) {
        Evaluation evaluation = channel.evaluation(year).orElseThrow(NotFoundException::new);
        channel.project(evaluation, projectId);
        if (!(exclusive ? box.lockOpen(evaluation.getId()) : box.holdOpen(evaluation.getId()))) {
            throw new ConflictException("ballot.closed");
        }
        if (!PublicChannel.asksThePublic(evaluation)) {
            throw new ConflictException("ballot.noPublicChannel");
        }
        return evaluation;
    }

    /** A project's ballots as its admins see them. */
    public record ProjectBallots(Evaluation evaluation, OpinionProject project, List<Criterion> criteria,
                                 List<BallotRow> codes, long paperBallots) {

        public ProjectBallots {
            criteria = List.copyOf(criteria);
            codes = List.copyOf(codes);
        }

        public long used() {
            return codes.stream().filter(BallotRow::isUsed).count();
        }

        /** The codes of one batch (one printed sheet), in the order issued. */
        public List<BallotRow> batch(int number) {
            return codes.stream().filter(code -> code.batch() == number).toList();
        }

        public List<Integer> batches() {
            return codes.stream().map(BallotRow::batch).distinct().toList();
        }
    }
}
