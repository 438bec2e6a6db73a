/**
 * Awards (表彰): the yearly award for project results with first, second and third prizes. Owns the
 * award batches (a tenant's, one a year, and the host's city batch, one a year), the applications
 * and nominations to them, the organiser's inspection notes and visits, the prizes with their
 * award funds, and the published lists. It reads a project's frozen evaluation result only through
 * the evaluation component's {@code EvaluatedProjects}, and projects only through the project
 * component's controls; it offers {@link org.gongjian.award.control.Prizes} to the project page and
 * the unit's yearly record.
 *
 * <h2>Where rows live, and why the host's batch keeps isolation by construction</h2>
 * The host's city batch is a record that projects of several tenants take part in. No row is shared
 * by two tenants:
 * <ul>
 * <li>{@code award_batch} belongs to its organiser: {@code organiser_tenant_id} is the tenant, or
 * null for the host. A tenant's transaction sees its own batches, and the host's (to nominate to
 * them and to show a prize won there); the host's transaction ({@code app.host}) sees the host's
 * only.</li>
 * <li>{@code award_application} belongs to the <em>applicant's</em> tenant ({@code tenant_id}),
 * whoever organises, and carries what the organiser needs (title, owner, tenant, grade) copied when
 * it was made, so the host never reads a tenant's projects. A tenant sees its own applications and
 * nominations and no other tenant's. The host reaches applications only through one of its own
 * batches at a time ({@code app.award_batch_id}, set by
 * {@link org.gongjian.award.control.AwardScope} after checking the caller), and may change there
 * nothing but the prize: a trigger lets only the batch's organiser decide, and never what was applied.</li>
 * <li>{@code award_inspection} belongs to the organiser, like the batch: a tenant never reads the
 * host's notes on its nomination.</li>
 * <li>The public reads, in a read-only transaction ({@code app.public_awards}), published batches
 * and their prizes, nothing else.</li>
 * </ul>
 * Row-level security is forced on every one of these tables (migration V13); applications are
 * taken only inside the batch's window by the database clock in the batch's time zone
 * ({@code gj_award_window_open}), checked by the boundary and again by a trigger.
 *
 * <h2>Award funds</h2>
 * Funds are recorded with the prize on the application, not as a project grant: the project
 * component grants only to projects under way, and an evaluated project is accepted, closed.
 *
 * <h2>Changes that reach other tenants</h2>
 * Telling applicants of a published list happens after the organiser's change commits, one
 * applicant at a time in a transaction bound to the applicant's tenant
 * ({@link org.gongjian.award.boundary.AwardeeTenants}).
 */
package org.gongjian.award;
