/**
 * What every component stands on: the data source, schema migrations, the refusal type that
 * rolls a transaction back, and the demo data. Owns no business rules of its own.
 *
 * <p>The optional read replica of the public pages ({@code GONGJIAN_REPLICA_URL}) is here too:
 * {@link org.gongjian.platform.ReadReplica} measures how far the standby is behind the primary,
 * {@link org.gongjian.platform.ReplicaTransaction} gives a public reader a read-only transaction on
 * it while it holds every change committed more than {@code GONGJIAN_REPLICA_MAX_LAG_SECONDS}
 * (default 10) ago, and {@link org.gongjian.platform.ReadStaleness} tells the page caches how long a
 * page made from it may be kept. Staleness: a public page may miss changes committed in the last
 * {@code GONGJIAN_REPLICA_MAX_LAG_SECONDS} seconds, never older ones.
 */
package org.gongjian.platform;
