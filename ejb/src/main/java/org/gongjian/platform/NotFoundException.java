package org.gongjian.platform;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist for this caller; said the same way whether it exists elsewhere or not. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.notFound");
    }
}
