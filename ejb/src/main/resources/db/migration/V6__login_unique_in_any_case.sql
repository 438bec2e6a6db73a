-- Logins are one name whatever their case ("Alice" is "alice"); the database holds to it even when
-- two accounts are created at the same moment.
create unique index account_login_lower on account (lower(login));
