package org.gongjian.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import org.gongjian.audit.control.Audit;
import org.gongjian.claim.entity.BoardChanged;
import org.gongjian.tenant.control.CurrentTenant;

/**
 * Records a change of the board: the audit record with the state before and after, and the news
 * that the tenant's board changed, so the public board's cache drops it once the change commits.
 */
@Dependent
public class BoardRecords {

    @Inject
    Audit audit;

    @Inject
    CurrentTenant tenant;

    @Inject
    Event<BoardChanged> changed;

    public void record(String action, String subjectType, Long subjectId, Map<String, ?> before, Map<String, ?> after) {
        audit.record(action, subjectType, subjectId, before, after);
        changed.fire(new BoardChanged(tenant.id(), tenant.code()));
    }

    public String actor() {
        return audit.actor();
    }
}
