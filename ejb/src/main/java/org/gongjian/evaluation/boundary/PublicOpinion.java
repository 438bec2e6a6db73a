package org.gongjian.evaluation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.account.control.SignInCounts;
import org.gongjian.audit.control.Audit;
import org.gongjian.evaluation.control.BallotBox;
import org.gongjian.evaluation.control.BallotCodeText;
import org.gongjian.evaluation.control.PublicChannel;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.TooOftenException;
import org.gongjian.project.entity.Project;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * Public opinion (民意测评) for anyone, without signing in: a tenant's projects open for it, one
 * project's form, and the vote with a one-time ballot code. Each call binds the tenant named in
 * the address itself (like a request to join), so it reads and writes that tenant's rows only;
 * another tenant's code is simply not found.
 *
 * <p>Wrong codes are counted per client address and tenant, before the code is looked up, so
 * parallel guesses get no more tries than guesses one after another; a code that exists (used,
 * or for another project) is forgiven, as it is no guess. Past {@value #WRONG_CODES} in a quarter
 * of an hour the address is refused for a while (429), whatever code it sends.
 */
@Stateless
public class PublicOpinion {

    /** Wrong codes one client address may send one tenant in a quarter of an hour. */
    public static final int WRONG_CODES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    PublicChannel channel;

    @Inject
    BallotBox box;

    @Inject
    SignInCounts counts;

    @Inject
    Audit audit;

    /** The tenant's projects open for public opinion now. */
    @PermitAll
    public OpinionBoard board(String tenantCode) {
        Tenant tenant = enter(tenantCode);
        return new OpinionBoard(tenant, channel.open());
    }

    /** One project's form; 404 when the tenant evaluates no such project, 409 once its evaluation closed. */
    @PermitAll
    public OpinionSheet sheet(String tenantCode, long projectId) {
        Tenant tenant = enter(tenantCode);
        Opened opened = opened(projectId);
        return new OpinionSheet(tenant, channel.shown(opened.project()), PublicChannel.criteria(opened.evaluation()));
    }

    /**
     * Records one vote with a ballot code of this project, which is used up by it.
     *
     * @throws BusinessException  a code typed wrong ({@code ballot.code.*}), a code the tenant never
     *                            issued ({@code opinion.code.wrong}), a code of another project, or points off their scales
     * @throws ConflictException  a code already used, or the evaluation closed
     * @throws TooOftenException  too many wrong codes from this address
     */
    @PermitAll
    public OpinionSheet vote(String tenantCode, long projectId, String typedCode, SheetForm form, String clientAddress) {
        Tenant tenant = enter(tenantCode);
        Opened opened = opened(projectId);
        BallotCodeText code = BallotCodeText.parse(typedCode);
        if (form == null) {
            throw new BusinessException("opinion.points.required");
        }
        String key = "ballot:" + tenant.getCode() + ":" + clientAddress;
        long minutes = counts.admit(key, WRONG_CODES);
        if (minutes > 0) {
            throw new TooOftenException("opinion.tooOften", String.valueOf(minutes));
        }
        BallotRow ballot = box.find(code).orElse(null);
        if (ballot == null) {
            counts.failed(key, WRONG_CODES);
            throw new BusinessException("opinion.code.wrong");
        }
        counts.succeeded(key);
        if (ballot.projectId() != projectId) {
            Project other = em.find(Project.class, ballot.projectId());
            throw new BusinessException("opinion.code.otherProject", other == null ? "" : other.getTitle());
        }
        if (!box.holdOpen(opened.evaluation().getId())) {
            throw new ConflictException("opinion.closed");
        }
        if (!box.use(ballot.id())) {
            throw new ConflictException("opinion.code.used");
        }
        ScoreSheet sheet = ScoreSheet.ballot(opened.evaluation(), projectId, ballot.id());
        sheet.fill(PublicChannel.criteria(opened.evaluation()), form);
        em.persist(sheet);
        em.flush();
        audit.recordFor(tenant.getId(), "opinion.vote", "score_sheet", sheet.getId(), null, snapshot(sheet, projectId, ballot.id()));
        return new OpinionSheet(tenant, channel.shown(opened.project()), PublicChannel.criteria(opened.evaluation()));
    }

    /** What the trail keeps of a public vote: the ballot's id, never its code. */
    static Map<String, Object> snapshot(ScoreSheet sheet, long projectId, Long ballotId) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("project", projectId);
        state.put("channel", "PUBLIC");
        state.put("ballot", ballotId);
        state.put("paper", ballotId == null);
        state.put("points", sheet.points());
        state.put("note", sheet.getNote());
        return state;
    }

    private Tenant enter(String tenantCode) {
        Tenant tenant = em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", tenantCode)
                .getResultStream().filter(Tenant::isActive).findFirst().orElseThrow(NotFoundException::new);
        session.enter(tenant.getId());
        return tenant;
    }

    /** The project and its year's evaluation, if that asks the public and is open. */
    private Opened opened(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new NotFoundException();
        }
        Evaluation evaluation = channel.evaluation(project.getYear()).filter(PublicChannel::asksThePublic)
                .orElseThrow(NotFoundException::new);
        channel.project(evaluation, projectId);
        if (!evaluation.isOpen()) {
            throw new ConflictException("opinion.closed");
        }
        return new Opened(evaluation, project);
    }

    private record Opened(Evaluation evaluation, Project project) {
    }
}
