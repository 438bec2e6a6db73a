/**
 * The project life cycle inside one tenant: a unit's declaration and its revisions, the tenant's
 * review and nomination upward, responsibility (五定), the ledger (台账), progress reports,
 * supervision visits, special funds, closure and acceptance. A project is owned by a unit or by a
 * claimant organisation whose claim was accepted ({@code ClaimedProjects} opens it, approved); whoever
 * speaks for the owner works on it, and nobody else of the tenant but its admins and evaluators
 * sees it. Owns the project tables; reads the tenant's configuration only through the year's round
 * ({@code config}) and its units' and claimants' names. Every change is written
 * to the audit trail with the project as its subject, which is also the project's timeline.
 * Attachment files live outside the database and the web root, under random keys; the host reads
 * the nominated projects of every tenant, read-only. A project won in one of the host's competitions
 * is also followed by the host ({@code HostProjects}): found through the host's own row policy, then
 * read, visited and accepted in a transaction bound to the project's tenant, under that tenant's rules.
 */
package org.gongjian.project;
