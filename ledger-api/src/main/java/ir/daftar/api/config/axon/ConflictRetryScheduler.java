package ir.daftar.api.config.axon;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command again when, and only when, it lost a race for its aggregate's next sequence
 * number (a {@link ConcurrencyException}): two requests on one filing at once, or a cached
 * aggregate that another instance had moved on (ADR 0008). The retry loads the aggregate afresh
 * and checks every rule again, so a command never succeeds on stale state. Rule refusals and
 * technical faults are never retried.
 */
final class ConflictRetryScheduler implements RetryScheduler {

    private final int maxRetries;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "command-conflict-retry");
        t.setDaemon(true);
        return t;
    });

    ConflictRetryScheduler(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (failures.size() > maxRetries || !isConflict(lastFailure)) {
            return false;
        }
        executor.schedule(commandDispatch, 5L * failures.size(), TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
