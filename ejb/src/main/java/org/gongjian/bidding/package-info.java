/**
 * Bidding competitions (竞标): the host's, open to the units of every or of chosen tenants, and each
 * tenant's own, open to its units. Owns competitions, their panels, the units' bids with every
 * submitted version and attachment, the reviewers' scores and conflict overrides, the ranking and
 * the announcement. It opens a winner's project through the project component's control
 * ({@code WonProjects}) and never reaches into project entities otherwise.
 *
 * <h2>Where rows live, and why isolation holds by construction</h2>
 * A host competition is the first record that units of several tenants take part in. No row is
 * shared by two tenants:
 * <ul>
 * <li>{@code competition}, {@code competition_tenant}, {@code reviewer} belong to the organiser:
 * {@code organiser_tenant_id} is the tenant, or null for the host. A tenant's transaction sees its
 * own competitions, and the host's ones it may bid in once published; the host's transaction
 * ({@code app.host}) sees the host's only.</li>
 * <li>{@code bid}, {@code bid_version}, {@code bid_file} belong to the <em>bidder's</em> tenant
 * ({@code tenant_id}), whoever organises: a tenant's admins see their own units' bids and no other
 * tenant's. The organiser, the host and the panel reach bids only through one competition at a
 * time ({@code app.competition_id}, set by {@link org.gongjian.bidding.control.CompetitionScope}
 * after checking the caller): the organiser sees who bid and when; reviewers see bids only once
 * the competition is opened. Scores and overrides are reached the same way.</li>
 * <li>The public reads, in a read-only transaction ({@code app.public_competitions}), opened and
 * announced competitions, the receipts of their counted versions and the winners' announced
 * summaries, nothing else.</li>
 * </ul>
 * Row-level security is forced on every one of these tables (migration V11).
 *
 * <h2>Sealing</h2>
 * Plans and attachments are stored only encrypted (AES-256-GCM) under the competition's data key,
 * itself stored only wrapped under the portal's sealing key, which the database never holds
 * ({@link org.gongjian.bidding.control.Sealer}). Before a competition is opened, which the database
 * allows only after its deadline, the application unseals a bid for its bidder's side only: the
 * bidding unit, and for a host competition its tenant's admins, who endorse it. Each submission is
 * a new version with a receipt (SHA-256 of its plain content, database time); opening checks every
 * counted version against its receipt and publishes the receipts.
 *
 * <h2>Changes that reach other tenants</h2>
 * Telling bidders and opening winners' projects happen after the organiser's change commits, one
 * bidder at a time in a transaction bound to the bidder's tenant
 * ({@link org.gongjian.bidding.boundary.BidderTenants}).
 */
package org.gongjian.bidding;
