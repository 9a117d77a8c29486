package ir.daftar.api.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds several projections in one pass over the events (ADR 0102): the stream is read and each
 * event deserialized once, and handed to every projection being rebuilt, in global order, a large batch
 * per transaction.
 *
 * <p>The projections' own processors are stopped and reset first (their reset handlers clear their
 * tables, and the reset claims their token segments for this instance). Each batch's transaction
 * writes the projections' rows (through {@code BatchedWrites}) and stores, for every segment of every
 * projection, the token of the batch's last event: the pass is exactly what the processors would have
 * done, so a crash in the middle resumes where the last batch ended, and a failure leaves the rest to the
 * processors. At the head of the stream as it was when the pass started, the processors are started
 * again and go on from there, over the events written meanwhile and any gap left open.
 */
@Component
public class OnePassRebuild {

    private static final Logger log = LoggerFactory.getLogger(OnePassRebuild.class);
    /** How long the stream may stay silent before the head is reached before the pass gives up. */
    private static final Duration STALL = Duration.ofMinutes(2);

    /** A pass, running or ended: how far it has come, its rate and the time it still needs. */
    public record Status(State state, List<String> projections, long position, long head, long events,
                         double eventsPerSecond, Long secondsLeft, Instant startedAt, Instant finishedAt,
                         String failure) {

        static final Status NEVER = new Status(State.NEVER_RUN, List.of(), 0, 0, 0, 0, null, null, null, null);

        public int percent() {
            return head <= 0 ? 100 : (int) Math.min(100, position * 100 / head);
        }
    }

    /** Where a pass is. */
    public enum State { NEVER_RUN, RUNNING, DONE, FAILED }

    /** A pass was asked for while another runs. */
    public static final class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("a rebuild is running");
        }
    }

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final List<String> known;
    private final int batchSize;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "one-pass-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status = Status.NEVER;

    public OnePassRebuild(EventProcessingConfiguration processing, EventStore events, TokenStore tokens,
                          TransactionManager transactions, ProjectionRebuilder projections,
                          @Value("${daftar.rebuild.batch-size:1000}") int batchSize) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.transactions = transactions;
        this.known = projections.projectionNames();
        this.batchSize = batchSize;
    }

    public Status status() {
        return status;
    }

    public boolean running() {
        return status.state() == State.RUNNING;
    }

    /**
     * Starts a pass over {@code names} in the background (all projections when empty) and answers its first status.
     *
     * @throws AlreadyRunning while another pass runs
     * @throws IllegalArgumentException for a name that is not a projection
     */
    public synchronized Status start(List<String> names) {
        if (running()) {
            throw new AlreadyRunning();
        }
        List<String> chosen = names.isEmpty() ? known : List.copyOf(names);
        for (String name : chosen) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("not a projection: " + name);
            }
        }
        long head = ProjectionRebuilder.position(events.createHeadToken());
        status = new Status(State.RUNNING, chosen, 0, head, 0, 0, null, Instant.now(), null, null);
        runner.submit(() -> run(chosen, head));
        return status;
    }

    private void run(List<String> names, long head) {
        Instant started = status.startedAt();
        log.info("rebuilding {} in one pass over the events up to {}", names, head);
        List<Target> targets = new ArrayList<>();
        try {
            for (String name : names) {
                StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                        .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
                processor.shutDown();
                targets.add(new Target(name, processor));
            }
            for (Target target : targets) {
                // the reset handlers clear the tables; the tokens are claimed by this instance until released
                target.processor().resetTokens();
                target.segments = transactions.fetchInTransaction(() -> tokens.fetchSegments(target.name()));
            }
            long done = replay(targets, head, started, names);
            double seconds = Math.max(1e-3, Duration.between(started, Instant.now()).toNanos() / 1e9);
            status = new Status(State.DONE, names, head, head, done, Math.round(done / seconds * 10) / 10.0, 0L,
                    started, Instant.now(), null);
            log.info("rebuilt {} in one pass: {} events in {} s", names, done, Math.round(seconds));
        } catch (Exception | Error e) {
            log.error("the one-pass rebuild of {} failed; the projections' processors go on from where it stopped",
                    names, e);
            Status s = status;
            status = new Status(State.FAILED, names, s.position(), s.head(), s.events(), s.eventsPerSecond(), null,
                    started, Instant.now(), String.valueOf(e.getMessage()));
        } finally {
            for (Target target : targets) {
                release(target);
                target.processor().start();
            }
        }
    }

    /** Reads the stream once up to {@code head}, a batch per transaction; answers the number of events handled. */
    private long replay(List<Target> targets, long head, Instant started, List<String> names) throws Exception {
        List<EventHandlerInvoker> invokers = targets.stream()
                .map(t -> ((AbstractEventProcessor) t.processor()).eventHandlerInvoker()).toList();
        long done = 0;
        long position = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            Instant lastProgress = Instant.now();
            while (position < head) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && position < head
                        && stream.hasNextAvailable(batch.isEmpty() ? 1000 : 0, TimeUnit.MILLISECONDS)) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    batch.add(event);
                    position = ProjectionRebuilder.position(event.trackingToken());
                }
                if (batch.isEmpty()) {
                    if (Duration.between(lastProgress, Instant.now()).compareTo(STALL) > 0) {
                        throw new IllegalStateException("no event came for " + STALL + " at " + position + " of " + head);
                    }
                    continue;
                }
                handle(batch, invokers, targets);
                lastProgress = Instant.now();
                done += batch.size();
                double seconds = Math.max(1e-3, Duration.between(started, lastProgress).toNanos() / 1e9);
                // the time left at the pace the global index has advanced so far
                long left = Math.round((head - position) / Math.max(1e-9, position / seconds));
                status = new Status(State.RUNNING, names, position, head, done, Math.round(done / seconds * 10) / 10.0,
                        left, started, null, null);
            }
        }
        return done;
    }

    /** One batch in one transaction: every projection's handlers, then every segment's token at the batch's end. */
    private void handle(List<TrackedEventMessage<?>> batch, List<EventHandlerInvoker> invokers, List<Target> targets)
            throws Exception {
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.onPrepareCommit(u -> {
            for (Target target : targets) {
                for (int segment : target.segments) {
                    tokens.storeToken(last, target.name(), segment);
                }
            }
        });
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            EventMessage<?> event = unitOfWork.getMessage();
            for (EventHandlerInvoker invoker : invokers) {
                if (invoker.canHandle(event, Segment.ROOT_SEGMENT)) {
                    invoker.handle(event, Segment.ROOT_SEGMENT);
                }
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            throw cause instanceof Exception e ? e : new IllegalStateException(cause);
        }
    }

    private void release(Target target) {
        if (target.segments == null) {
            return;
        }
        try {
            transactions.executeInTransaction(() -> {
                for (int segment : target.segments) {
                    tokens.releaseClaim(target.name(), segment);
                }
            });
        } catch (RuntimeException e) {
            log.warn("could not release the token claims of {} (they expire on their own): {}", target.name(), e.toString());
        }
    }

    /** A projection being rebuilt: its processor and, once reset, its token segments. */
    private static final class Target {
        private final String name;
        private final StreamingEventProcessor processor;
        private int[] segments;

        Target(String name, StreamingEventProcessor processor) {
            this.name = name;
            this.processor = processor;
        }

        String name() {
            return name;
        }

        StreamingEventProcessor processor() {
            return processor;
        }
    }
}
