package org.gongjian.job.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongjian.job.control.Job;
import org.gongjian.job.control.JobLease;
import org.gongjian.job.control.JobTick;
import org.gongjian.notification.boundary.Reminders;

/**
 * Each server's scheduler: a non-persistent timer every {@code GONGJIAN_JOB_TICK_SECONDS} runs each
 * job whose current slot this server is the first to take.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// The timer calls it with no caller; no page or API reaches it.
@PermitAll
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLeases leases;

    @Inject
    Reminders reminders;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        Duration tick = JobTick.from(System.getenv());
        timers.createIntervalTimer(tick.toMillis(), tick.toMillis(), new TimerConfig(null, false));
        LOG.info(() -> "scheduled work: this server (" + JobLease.HOLDER + ") looks for due jobs every " + tick.toSeconds() + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (running.compareAndSet(false, true)) {
            try {
                runDue();
            } finally {
                running.set(false);
            }
        }
    }

    /** Runs each job whose current slot no server has taken yet. */
    private void runDue() {
        for (Job job : Job.values()) {
            try {
                JobLease.Taken taken = leases.take(job.key(), job.slot());
                if (taken.won()) {
                    run(job);
                    LOG.info(() -> "job " + job.key() + " of the slot " + taken.slot() + " ran on " + JobLease.HOLDER);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "job " + job.key() + " failed; its next slot runs it again", e);
            }
        }
    }

    private void run(Job job) {
        switch (job) {
            case REMINDERS -> reminders.sendDue();
        }
    }
}
