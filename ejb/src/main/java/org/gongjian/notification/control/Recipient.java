package org.gongjian.notification.control;

import org.gongjian.account.entity.Account;

/** Someone to tell: the account, its login (to leave out whoever caused the news) and its e-mail address, if any. */
public record Recipient(long accountId, String login, String email) {

    static Recipient of(Account account) {
        return new Recipient(account.getId(), account.getLogin(), account.getEmail());
    }
}
