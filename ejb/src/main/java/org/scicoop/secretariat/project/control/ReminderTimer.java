package org.scicoop.secretariat.project.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.project.entity.ReminderRule;

import java.io.Serializable;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the reminders ({@link ReminderRun}) every {@code SECRETARIAT_REMINDER_INTERVAL} (default 15 minutes) on one
 * persistent interval timer in WildFly's database timer store (like {@code CallClosingTimer}): it survives restarts
 * and redeployments, and in a cluster each expiry runs on one node only. At start the timer is made if there is none
 * (or remade when the interval setting changed), and one run is made a few seconds after start on this node (a
 * non-persistent timer), so what fell due while the server was down goes out at once. Two nodes starting together may
 * both do that run, or briefly both hold a timer: every reminder is recorded once ({@code reminder_sent}), so a
 * second run sends nothing. Runs without a caller.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@PermitAll
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());
    private static final String SCHEDULE = "reminders every ";
    private static final String CATCH_UP = "reminders at start";
    private static final Duration CATCH_UP_DELAY = Duration.ofSeconds(2);

    @Resource
    TimerService timers;

    @Inject
    ReminderRun run;

    @PostConstruct
    void schedule() {
        Duration interval = Settings.reminderInterval();
        ReminderRule.parseDays(Settings.reminderDays()); // a wrong setting stops the start, not every run
        String info = SCHEDULE + interval;
        boolean kept = false;
        for (Timer timer : timers.getTimers()) {
            Serializable existing = timer.getInfo();
            if (existing instanceof String text && text.startsWith(SCHEDULE)) {
                if (!kept && text.equals(info)) {
                    kept = true;
                } else {
                    timer.cancel(); // another interval, or a second timer made by a node starting at the same time
                }
            }
        }
        if (!kept) {
            timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(info, true));
            LOG.info(() -> "Reminders run every " + interval);
        }
        timers.createSingleActionTimer(CATCH_UP_DELAY.toMillis(), new TimerConfig(CATCH_UP, false));
    }

    @Timeout
    void due(Timer timer) {
        try {
            timer.getInfo();
        } catch (NoSuchObjectLocalException cancelled) {
            // cancelled as it fired (the interval changed, or the application is being undeployed)
            return;
        }
        run.run();
    }
}
