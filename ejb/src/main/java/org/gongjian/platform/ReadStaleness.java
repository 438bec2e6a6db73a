package org.gongjian.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * How stale what this request read may be: after a read from the standby, its "as of" time. A
 * page made from such a read may be kept only until it is as old as the allowed lag ({@link #keepFor}).
 */
@RequestScoped
public class ReadStaleness {

    @Inject
    ReadReplica replica;

    private Long asOf;

    /** This request read from the standby, which held every commit made before {@code asOf} ({@link System#nanoTime()}). */
    public void readReplicaAsOf(long asOf) {
        if (this.asOf == null || asOf - this.asOf < 0) {
            this.asOf = asOf;
        }
    }

    /** How long a page made from this request's reads may still be kept, at most {@code wanted}; zero or less: not at all. */
    public Duration keepFor(Duration wanted) {
        if (asOf == null) {
            return wanted;
        }
        long left = asOf + replica.maxLagNanos() - System.nanoTime();
        return left < wanted.toNanos() ? Duration.ofNanos(left) : wanted;
    }
}
