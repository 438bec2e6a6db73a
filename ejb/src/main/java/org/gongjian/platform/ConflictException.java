package org.gongjian.platform;

import jakarta.ejb.ApplicationException;

/**
 * The request was well formed but the state of things refuses it now (places taken, a window
 * closed): the API answers 409, pages show it like any refusal.
 */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

    public ConflictException(String key, Object... arguments) {
        super(key, arguments);
    }
}
