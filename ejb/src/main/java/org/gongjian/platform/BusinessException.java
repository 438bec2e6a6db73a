package org.gongjian.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * A request the rules refuse. Carries message keys of the UI bundles with their arguments, so the
 * user reads the reasons in their own language; the transaction is rolled back and nothing is kept.
 * Most refusals have one reason; a form checked as a whole may give several at once.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final List<Reason> reasons;

    public BusinessException(String key, Object... arguments) {
        this(List.of(new Reason(key, List.of(arguments))));
    }

    public BusinessException(List<Reason> reasons) {
        super(reasons.isEmpty() ? "refused" : reasons.get(0).key());
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    /** The first reason's key. */
    public String key() {
        return reasons.get(0).key();
    }

    /** The first reason's arguments. */
    public Object[] arguments() {
        return reasons.get(0).arguments().toArray();
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** One reason: a message key and its arguments. */
    public record Reason(String key, List<Object> arguments) implements Serializable {
    }
}
