/**
 * Notifications inside one tenant: each account's inbox, e-mail through Jakarta Mail to the
 * configured SMTP server, and reminders before calendar windows close. Hears the project life cycle
 * through {@code ProjectEvent}s; reads memberships, accounts, projects' owners and the tenant's
 * calendar only to find whom to tell, and changes none of them. Owns the notification and
 * reminder tables and the wording of its messages, which lives here rather than in the web bundles
 * because e-mail is written where no page is.
 */
package org.gongjian.notification;
