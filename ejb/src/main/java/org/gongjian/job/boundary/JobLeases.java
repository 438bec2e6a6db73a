package org.gongjian.job.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.gongjian.job.control.JobLease;

/** Leases of scheduled work, each taken in a transaction of its own so that the others see it at once. */
@Stateless
// The scheduler calls it with no caller; no page or API reaches it.
@PermitAll
public class JobLeases {

    @Inject
    JobLease lease;

    /** Takes the lease of the job's current slot of this length, unless another server took it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JobLease.Taken take(String job, Duration slot) {
        return lease.take(job, slot);
    }
}
