package ir.daftar.api.config.axon;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.annotation.Nonnull;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A time limit on every unit of work (a command, a query, a processor's batch of events): a warning with the
 * thread's stack after {@code warnAfter} and again every {@code warnEvery}, and the thread interrupted after
 * {@code interruptAfter}, so a stuck transaction is rolled back and said to be stuck (ADR 0103).
 *
 * <p>The same policy as Axon's own {@code UnitOfWorkTimeoutInterceptor} (whose defaults it keeps: 10 s, 1 s, 60 s),
 * at a fraction of the cost: Axon's walks the whole stack of the calling thread when a unit of work starts (to cut
 * a later warning's stack short) and schedules, then cancels, a task on a shared scheduler. Under the status page's
 * load that walk was 7 % of the bytes allocated on the request threads, the deepest stacks being those of HTTP
 * requests (Tomcat, Spring Security, Spring MVC). Here a unit of work is put into a set when it starts and taken out
 * when it ends; one watchdog thread looks at the set every {@link #TICK} and walks a stack only to warn.
 */
public final class UnitOfWorkTimeLimits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnitOfWorkTimeLimits.class);
    private static final String RESOURCE = "_daftarTimeLimit";
    static final Duration TICK = Duration.ofMillis(250);

    private final long warnAfterNanos;
    private final long warnEveryNanos;
    private final long interruptAfterNanos;
    private final Set<Watched> running = ConcurrentHashMap.newKeySet();
    private final Thread watchdog;

    public UnitOfWorkTimeLimits(Duration warnAfter, Duration warnEvery, Duration interruptAfter) {
        this.warnAfterNanos = warnAfter.toNanos();
        this.warnEveryNanos = warnEvery.toNanos();
        this.interruptAfterNanos = interruptAfter.toNanos();
        this.watchdog = new Thread(this::watch, "daftar-time-limits");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** The interceptor for a bus or a processor; {@code component} names it in the warnings. */
    public MessageHandlerInterceptor<Message<?>> interceptor(String component) {
        return new Interceptor(component);
    }

    /** Units of work now running and watched. */
    int running() {
        return running.size();
    }

    @Override
    public void close() {
        watchdog.interrupt();
    }

    private final class Interceptor implements MessageHandlerInterceptor<Message<?>> {

        private final String component;

        Interceptor(String component) {
            this.component = component;
        }

        @Override
        public Object handle(@Nonnull UnitOfWork<? extends Message<?>> unitOfWork, @Nonnull InterceptorChain chain)
                throws Exception {
            if (!unitOfWork.resources().containsKey(RESOURCE)) {
                Watched watched = new Watched(component, Thread.currentThread(), System.nanoTime());
                unitOfWork.resources().put(RESOURCE, watched);
                running.add(watched);
                unitOfWork.afterCommit(u -> running.remove(watched));
                unitOfWork.onRollback(u -> running.remove(watched));
            }
            return chain.proceed();
        }
    }

    /** One unit of work being watched; the watchdog alone reads and writes its warning state. */
    private static final class Watched {
        final String component;
        final Thread thread;
        final long startedNanos;
        long warnedUpToNanos;
        boolean interrupted;

        Watched(String component, Thread thread, long startedNanos) {
            this.component = component;
            this.thread = thread;
            this.startedNanos = startedNanos;
        }
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(TICK.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Watched w : running) {
                check(w, now - w.startedNanos);
            }
        }
    }

    private void check(Watched w, long elapsed) {
        if (w.interrupted) {
            return;
        }
        if (elapsed >= interruptAfterNanos) {
            w.interrupted = true;
            log.error("Unit of work of {} has exceeded its time limit of {} ms: interrupting {}.\n{}", w.component,
                    interruptAfterNanos / 1_000_000, w.thread.getName(), stack(w.thread));
            w.thread.interrupt();
        } else if (elapsed >= warnAfterNanos && elapsed >= w.warnedUpToNanos + warnEveryNanos) {
            w.warnedUpToNanos = elapsed;
            log.warn("Unit of work of {} is taking long: {} ms so far, interrupted in {} ms. Stack of {}:\n{}",
                    w.component, elapsed / 1_000_000, (interruptAfterNanos - elapsed) / 1_000_000, w.thread.getName(),
                    stack(w.thread));
        }
    }

    private static String stack(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).map(e -> "\tat " + e).collect(Collectors.joining("\n"));
    }
}
