package org.gongjian.notification.control;

import org.gongjian.account.entity.Account;

/** Someone to tell: the account (to leave out whoever caused the news) and its e-mail address, if any. */
public record Recipient(long accountId, String email) {

    static Recipient of(Account account) {
        return new Recipient(account.getId(), account.getEmail());
    }
}
