/**
 * The annual showcase (展评): per tenant and year, the accepted projects its admins feature, in
 * their order, each with the story they write and before/after photos; publishing takes a snapshot
 * of the year, an edition, that the public pages and the printed booklet read; and the host's
 * city showcase of a year over stories the tenants published. It reads projects, goals and closure
 * figures, funds, frozen grades and published prizes through the other components' controls and
 * queries on the bound tenant only, and copies what the public may see into the edition.
 *
 * <h2>Where rows live, and why isolation holds by construction</h2>
 * <ul>
 * <li>{@code showcase_story} and {@code showcase_photo} are the tenant's drafts: only its own
 * transactions (bound by {@link org.gongjian.showcase.control.ShowcaseScope} after checking that
 * the caller is one of its admins) see them. No public or host door opens on them.</li>
 * <li>{@code showcase_edition} holds what was published, as JSON of
 * {@link org.gongjian.showcase.entity.Edition}, computed in the publishing tenant's transaction
 * from that tenant's rows alone, and never changed (a trigger refuses it). Only fields meant for
 * the public are copied into it: no plan under review (only accepted projects are featured), no
 * phone number, no evaluator's note, no sealed bid ever enters the record type.</li>
 * <li>The public reads editions and their photos, nothing else, in a read-only transaction with
 * {@code app.public_showcase} ({@link org.gongjian.showcase.boundary.PublicShowcase}); its
 * policies open no other table. With {@code GONGJIAN_REPLICA_URL} set, the editions are read from
 * the hot standby while it is close enough behind (the photos always from the primary). Staleness:
 * a newly published edition may be missing from the public pages for at most
 * {@code GONGJIAN_REPLICA_MAX_LAG_SECONDS} seconds (default 10).</li>
 * <li>The host's transaction ({@code app.host}) reads the tenants' <em>editions</em> — which are
 * public already — and writes its own picks and the city's editions (tenant null). It cannot
 * read a tenant's drafts: the city's showcase reaches only stories a tenant published, and copies
 * them from the tenant's latest edition when the host publishes. The city's figures are the sum
 * of the tenants' latest published figures of the year.</li>
 * </ul>
 * Row-level security is forced on every table (migration V14). Every change (feature, unfeature,
 * order, story, photo, publish, and the host's picks) is audited with its state before and after.
 */
package org.gongjian.showcase;
