package org.gongjian.web.tenant.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gongjian.account.control.IssuedPassword;
import org.gongjian.claim.boundary.JoinRequests;
import org.gongjian.claim.entity.JoinRequest;
import org.gongjian.claim.entity.JoinStatus;
import org.gongjian.platform.BusinessException;
import org.gongjian.web.faces.Messages;

/**
 * Requests to join from the public board: the pending ones, accepted with the first account's login
 * (its first password shown once) or declined with a reason, and those already decided.
 */
@Named
@ViewScoped
public class JoinRequestsBacking implements Serializable {

    @Inject
    JoinRequests requests;

    private transient List<JoinRequest> pending;
    private transient List<JoinRequest> decided;
    private final Map<Long, String> logins = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private IssuedPassword issued;

    public void load() {
        pending = requests.withStatus(JoinStatus.PENDING);
        decided = Stream.concat(requests.withStatus(JoinStatus.ACCEPTED).stream(), requests.withStatus(JoinStatus.DECLINED).stream())
                .sorted((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt())).toList();
    }

    public void accept(JoinRequest request) {
        issued = decide(() -> requests.accept(request.getId(), logins.get(request.getId())));
        Messages.info("boardPages.join.accepted", request.getName(), issued.login());
    }

    public void decline(JoinRequest request) {
        issued = null;
        decide(() -> requests.decline(request.getId(), reasons.get(request.getId())));
        Messages.info("boardPages.join.declined", request.getName());
    }

    private <T> T decide(Supplier<T> decision) {
        T outcome;
        try {
            outcome = decision.get();
        } catch (BusinessException refused) {
            load();
            throw refused;
        }
        load();
        return outcome;
    }

    public List<JoinRequest> getPending() {
        if (pending == null) {
            load();
        }
        return pending;
    }

    public List<JoinRequest> getDecided() {
        getPending();
        return decided;
    }

    public Map<Long, String> getLogins() {
        return logins;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public IssuedPassword getIssued() {
        return issued;
    }
}
