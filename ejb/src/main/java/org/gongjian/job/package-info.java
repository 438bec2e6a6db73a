/**
 * Scheduled work that must run once however many servers run the portal. Every server ticks on a
 * non-persistent timer ({@code GONGJIAN_JOB_TICK_SECONDS}, default 60); at each tick it tries to take
 * the lease of each job's current slot (an hour for the reminders) in the {@code job_lease} table,
 * slots counted by the database's clock; the server whose insert creates the row runs the job, the
 * others add an attempt. A job is idempotent all the same (the reminders claim each reminder), so a
 * server dying in the middle of one leaves the rest to the next slot. No persistent timer: Payara
 * Micro keeps those with the instance that made them. Owns the lease table; starts jobs only
 * through their components' boundaries.
 */
package org.gongjian.job;
