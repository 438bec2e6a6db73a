package org.gongjian.platform;

import jakarta.ejb.ApplicationException;

/** The same client asked too often in a short time; the API answers 429. */
@ApplicationException(rollback = true)
public class TooOftenException extends BusinessException {

    public TooOftenException(String key, Object... arguments) {
        super(key, arguments);
    }
}
