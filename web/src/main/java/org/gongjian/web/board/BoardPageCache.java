package org.gongjian.web.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.gongjian.claim.entity.BoardChanged;
import org.gongjian.project.control.ProjectEvent;
import org.gongjian.tenant.control.CurrentTenant;

/**
 * The anonymous board pages as last rendered, tagged by tenant code (the city-wide board: {@link #CITY}).
 * A tenant's pages are dropped the moment a change of its board commits, on every server.
 */
@ApplicationScoped
public class BoardPageCache extends PageCache {

    public BoardPageCache() {
        super("board");
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        drop(change.tenantCode());
    }

    /** An item's page shows how its holders' projects stand: a step of a project drops its tenant's pages. */
    void projectMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectEvent step, CurrentTenant tenant) {
        if (tenant.isPresent() && tenant.id() == step.tenantId()) {
            drop(tenant.code());
        }
    }
}
