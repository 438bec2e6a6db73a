package org.gongjian.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the rules refuse. Carries a message key of the UI bundles and its arguments, so the
 * user reads the reason in their own language; the transaction is rolled back and nothing is kept.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;
    private final List<Object> arguments;

    public BusinessException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
