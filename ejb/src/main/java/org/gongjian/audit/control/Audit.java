package org.gongjian.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.audit.entity.AuditRecord;
import org.gongjian.tenant.control.CurrentTenant;

/** Writes audit records in the caller's transaction. */
@Dependent
public class Audit {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    CallerAccount caller;

    /** A change made in the current tenant. */
    public void record(String action, String subjectType, Long subjectId, Map<String, ?> before, Map<String, ?> after) {
        recordFor(tenant.id(), action, subjectType, subjectId, before, after);
    }

    /** A change the host made in a tenant it does not work in, or (tenantId null) at host level. */
    public void recordFor(Long tenantId, String action, String subjectType, Long subjectId,
                          Map<String, ?> before, Map<String, ?> after) {
        em.persist(new AuditRecord(tenantId, actor(), action, subjectType, subjectId, json(before), json(after)));
    }

    /** Who the caller is, as the trail names them: the login, or "system" for the portal itself. */
    public String actor() {
        String login = caller.login();
        return login == null ? "system" : login;
    }

    private static String json(Map<String, ?> state) {
        return state == null ? null : JSON.toJson(state);
    }
}
