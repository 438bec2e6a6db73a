package org.gongjian.web.opinion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.evaluation.boundary.OpinionBoard;
import org.gongjian.evaluation.boundary.OpinionSheet;
import org.gongjian.evaluation.boundary.PublicOpinion;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** What a public opinion page shows, read by {@link OpinionServlet} before the page's view renders it. */
@Named
@RequestScoped
public class OpinionPage {

    @Inject
    PublicOpinion opinion;

    @Inject
    Language language;

    private String tenantCode;
    private long projectId;
    private OpinionBoard board;
    private OpinionSheet sheet;
    private String refusal;

    void loadBoard(String tenantCode) {
        this.tenantCode = tenantCode;
        board = opinion.board(tenantCode);
    }

    void loadSheet(String tenantCode, long projectId) {
        this.tenantCode = tenantCode;
        this.projectId = projectId;
        sheet = opinion.sheet(tenantCode, projectId);
    }

    void refuse(BusinessException refused) {
        refusal = Messages.text(language.getLocale(), refused.key(), refused.arguments());
    }

    public Tenant getTenant() {
        return board != null ? board.tenant() : sheet != null ? sheet.tenant() : null;
    }

    public String getTenantCode() {
        return tenantCode;
    }

    public long getProjectId() {
        return projectId;
    }

    public OpinionBoard getBoard() {
        return board;
    }

    public OpinionSheet getSheet() {
        return sheet;
    }

    public List<Criterion> getCriteria() {
        return sheet == null ? List.of() : sheet.criteria();
    }

    public String getRefusal() {
        return refusal;
    }
}
