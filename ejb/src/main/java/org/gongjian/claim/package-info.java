/**
 * The public claim board (项目公开认领): each tenant's boards by year, their sectors (板块) and
 * claimable items (标的), the claims organisations make on them, and requests to join from
 * organisations not yet registered.
 *
 * <p>Owns the tables claim_board, sector, claimable_item, claim, board_file and join_request. It
 * opens a project for an accepted claim through the project component's {@code ClaimedProjects},
 * and registers an accepted organisation through the claimant and account components; it never
 * writes their tables itself.
 *
 * <p>Isolation. Every row belongs to one tenant and is written only in a transaction bound to
 * that tenant (EclipseLink's tenant discriminator and PostgreSQL's forced row-level security).
 * The city-wide board is the one reader across tenants, and it holds by construction: it runs in a
 * read-only transaction with {@code app.public_board = on} and no tenant, where the database's
 * policies show only published or closed items, their boards and sectors, accepted claims, the
 * names of the organisations holding places and how their projects stand; plans, reasons,
 * pending or refused claims, join requests and contact details of claimants are not visible to it
 * at all. The anonymous board's cache is keyed by tenant and language and dropped for a tenant the
 * moment one of its board changes commits ({@link org.gongjian.claim.entity.BoardChanged}).
 *
 * <p>Read replica. With {@code GONGJIAN_REPLICA_URL} set, that read-only public transaction runs on
 * the hot standby while it holds every change committed on the primary more than
 * {@code GONGJIAN_REPLICA_MAX_LAG_SECONDS} (default 10) ago, under the same policies. Staleness: the
 * anonymous board may miss changes (an accepted claim, a newly published item) committed in the
 * last {@code GONGJIAN_REPLICA_MAX_LAG_SECONDS} seconds, never older ones; a page read from the
 * standby is kept only until it is that old. Claims are decided on the primary only.
 *
 * <p>Places. The database holds the rules a burst tests: the count of accepted claims never
 * exceeds an item's places (a check, kept by a trigger on claim), one live claim per
 * organisation and item (partial unique indexes), and claims only inside the item's window by
 * the database clock.
 */
package org.gongjian.claim;
