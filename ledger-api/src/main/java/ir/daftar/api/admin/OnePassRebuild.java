package ir.daftar.api.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.Transaction;
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
 * at a time.
 *
 * <p>The projections' own processors are stopped and reset first (their reset handlers clear their
 * tables, and the reset claims their token segments for this instance). The projections are then dealt
 * out to at most {@code daftar.rebuild.threads} workers, and each batch is handled by all the workers at
 * once: each worker hands every event of the batch, in order, to its own projections, in a unit of work
 * of its own inside a transaction of its own (Axon's unit of work and Spring's transaction are bound to
 * the thread, and so are the projections' {@code BatchedWrites}), and stores, for every segment of its
 * projections, the token of the batch's last event. The workers commit only when every one of them has
 * handled its share; if one fails, all roll back. So a batch commits as a whole, as the processors'
 * batches do, and a crash in the middle resumes where the last batch ended, and a failure leaves the rest
 * to the processors. While the workers handle a batch, this pass's own thread reads and deserializes the
 * next one. At the head of the stream as it was when the pass started, the processors are started again
 * and go on from there, over the events written meanwhile and any gap left open.
 *
 * <p>The projections never read each other's tables and every one writes only its own rows and its own
 * tokens, so handling them side by side gives the rows and tokens handling them one after the other does.
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
    private final int threads;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "one-pass-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status = Status.NEVER;

    /**
     * @param batchSize events per batch (per transaction of each worker)
     * @param threads   at most this many workers handle a batch side by side (no more than the projections rebuilt)
     */
    public OnePassRebuild(EventProcessingConfiguration processing, EventStore events, TokenStore tokens,
                          TransactionManager transactions, ProjectionRebuilder projections,
                          @Value("${daftar.rebuild.batch-size:1000}") int batchSize,
                          @Value("${daftar.rebuild.threads:2}") int threads) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "daftar.rebuild.batch-size and daftar.rebuild.threads must be at least 1");
        }
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.transactions = transactions;
        this.known = projections.projectionNames();
        this.batchSize = batchSize;
        this.threads = threads;
    }

    public Status status() {
        return status;
    }

    public boolean running() {
        return status.state() == State.RUNNING;
    }

    /**
     * Starts a pass over {@code names} in the background (all projections when empty) and answers its first status.
     * A name given twice counts once.
     *
     * @throws AlreadyRunning while another pass runs
     * @throws IllegalArgumentException for a name that is not a projection
     */
    public synchronized Status start(List<String> names) {
        if (running()) {
            throw new AlreadyRunning();
        }
        // once each: a projection handled by two workers at once would wait for its own token row's lock
        List<String> chosen = names.isEmpty() ? known : List.copyOf(new LinkedHashSet<>(names));
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

    /**
     * Reads the stream once up to {@code head}, a batch at a time, and has the workers handle each batch while
     * the next one is read; answers the number of events handled.
     */
    private long replay(List<Target> targets, long head, Instant started, List<String> names) throws Exception {
        try (Pass pass = new Pass(deal(targets), names, head, started);
             BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            long readTo = 0; // the position of the last event read
            Instant lastProgress = Instant.now();
            while (readTo < head) {
                List<TrackedEventMessage<?>> batch = read(stream, readTo, head);
                if (batch.isEmpty()) {
                    pass.settle(); // the stream is silent: report the batch in hand while waiting on
                    if (Duration.between(lastProgress, Instant.now()).compareTo(STALL) > 0) {
                        throw new IllegalStateException("no event came for " + STALL + " at " + readTo + " of " + head);
                    }
                    continue;
                }
                readTo = ProjectionRebuilder.position(batch.get(batch.size() - 1).trackingToken());
                pass.hand(batch, readTo);
                lastProgress = Instant.now();
            }
            pass.settle();
            return pass.done;
        }
    }

    /**
     * Up to a batch of events from the stream, each deserialized here so that the workers share one copy. A
     * payload that cannot be deserialized is left as it is: a handler that wants it fails on it, as it would have.
     */
    private List<TrackedEventMessage<?>> read(BlockingStream<TrackedEventMessage<?>> stream, long from, long head)
            throws InterruptedException {
        List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
        long position = from;
        while (batch.size() < batchSize && position < head
                && stream.hasNextAvailable(batch.isEmpty() ? 1000 : 0, TimeUnit.MILLISECONDS)) {
            TrackedEventMessage<?> event = stream.nextAvailable();
            try {
                event.getPayload();
                event.getMetaData();
                event.getTimestamp();
            } catch (RuntimeException notNow) {
                // left to the handlers (Axon deserializes lazily)
            }
            batch.add(event);
            position = ProjectionRebuilder.position(event.trackingToken());
        }
        return batch;
    }

    /**
     * The projections dealt out to the workers in turn, in the order of {@link ProjectionRebuilder#projectionNames()}
     * (heaviest first), so that with two workers case-status and case-history, which handle every filing event, are
     * handled side by side.
     */
    private List<List<Target>> deal(List<Target> targets) {
        List<Target> ordered = targets.stream().sorted(Comparator.comparingInt(t -> known.indexOf(t.name()))).toList();
        int count = Math.min(threads, ordered.size());
        List<List<Target>> groups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < ordered.size(); i++) {
            groups.get(i % count).add(ordered.get(i));
        }
        return groups;
    }

    /**
     * One worker's share of a batch, on the worker's thread: in a transaction of its own, one unit of work hands
     * every event, in order, to the worker's projections and then stores the token of the batch's last event for
     * every segment of them (and the projections' {@code BatchedWrites} flush their writes). The transaction is
     * committed only if every worker's share of the batch succeeded, and rolled back otherwise.
     *
     * @return why this share failed, or null (also when it was rolled back for another worker's failure)
     */
    private Throwable handle(List<TrackedEventMessage<?>> batch, List<Target> group, Verdict verdict) {
        Throwable failure;
        Transaction transaction = null;
        try {
            transaction = transactions.startTransaction();
            failure = execute(batch, group);
        } catch (Exception | Error e) {
            failure = e;
        }
        boolean commit = verdict.vote(failure == null);
        if (transaction != null) {
            try {
                if (commit) {
                    transaction.commit();
                } else {
                    transaction.rollback();
                }
            } catch (Exception | Error e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }

    /**
     * The unit of work of one worker's share of a batch, in the transaction the worker has begun; answers its
     * failure, or null.
     */
    private Throwable execute(List<TrackedEventMessage<?>> batch, List<Target> group) {
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.onPrepareCommit(u -> {
            for (Target target : group) {
                for (int segment : target.segments) {
                    tokens.storeToken(last, target.name(), segment);
                }
            }
        });
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            EventMessage<?> event = unitOfWork.getMessage();
            for (Target target : group) {
                EventHandlerInvoker invoker = target.invoker();
                if (invoker.canHandle(event, Segment.ROOT_SEGMENT)) {
                    invoker.handle(event, Segment.ROOT_SEGMENT);
                }
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        return result.isExceptional() ? result.exceptionResult() : null;
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

    /**
     * One pass's workers (a thread each), the batch they are handling and the progress so far. Used by the pass's
     * own thread only.
     */
    private final class Pass implements AutoCloseable {

        private final List<List<Target>> groups;
        private final List<String> names;
        private final long head;
        private final Instant started;
        private final ExecutorService workers;
        private Handed inHand; // handed to the workers and not yet settled
        private long done;

        Pass(List<List<Target>> groups, List<String> names, long head, Instant started) {
            this.groups = groups;
            this.names = names;
            this.head = head;
            this.started = started;
            AtomicInteger number = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(groups.size(), r -> {
                Thread t = new Thread(r, "one-pass-rebuild-worker-" + number.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        /**
         * Settles the batch before, then hands this one to every worker, each for its own projections, all to
         * commit together or not at all. A batch is handed only when the one before has ended everywhere, so
         * every worker of a batch has a thread of its own.
         */
        void hand(List<TrackedEventMessage<?>> batch, long position) throws Exception {
            settle();
            Verdict verdict = new Verdict(groups.size());
            List<Future<Throwable>> shares = new ArrayList<>(groups.size());
            for (List<Target> group : groups) {
                shares.add(workers.submit(() -> handle(batch, group, verdict)));
            }
            inHand = new Handed(batch.size(), position, shares);
        }

        /**
         * Waits until every worker has ended its share of the batch in hand, if any; then reports the progress, or
         * throws the first failure (any other added to it as suppressed).
         */
        void settle() throws Exception {
            if (inHand == null) {
                return;
            }
            Handed handed = inHand;
            inHand = null;
            Throwable failure = null;
            for (Future<Throwable> share : handed.shares()) {
                Throwable t;
                try {
                    t = share.get();
                } catch (ExecutionException e) {
                    t = e.getCause();
                }
                if (t != null && failure == null) {
                    failure = t;
                } else if (t != null) {
                    failure.addSuppressed(t);
                }
            }
            if (failure != null) {
                throw failure instanceof Exception e ? e : new IllegalStateException(failure);
            }
            done += handed.size();
            long position = handed.position();
            double seconds = Math.max(1e-3, Duration.between(started, Instant.now()).toNanos() / 1e9);
            // the time left at the pace the global index has advanced so far
            long left = Math.round((head - position) / Math.max(1e-9, position / seconds));
            status = new Status(State.RUNNING, names, position, head, done, Math.round(done / seconds * 10) / 10.0,
                    left, started, null, null);
        }

        /** After a failure while reading, waits for the batch in hand to commit or roll back; stops the workers. */
        @Override
        public void close() throws Exception {
            try {
                settle();
            } finally {
                workers.shutdown();
            }
        }
    }

    /** A batch the workers are handling: its size, the position of its last event and each worker's share. */
    private record Handed(int size, long position, List<Future<Throwable>> shares) {
    }

    /**
     * The workers' vote on one batch: each says whether its share succeeded and waits for the others, and the batch
     * is committed only if all did. (Every worker has a thread of its own, so all of them can wait at once.)
     */
    private static final class Verdict {

        private final CountDownLatch votes;
        private volatile boolean refused;

        Verdict(int workers) {
            this.votes = new CountDownLatch(workers);
        }

        /** Casts this worker's vote and waits for the others'; answers whether to commit. */
        boolean vote(boolean succeeded) {
            if (!succeeded) {
                refused = true;
            }
            votes.countDown();
            try {
                votes.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return !refused;
        }
    }

    /** A projection being rebuilt: its processor, its handlers and, once reset, its token segments. */
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

        EventHandlerInvoker invoker() {
            return ((AbstractEventProcessor) processor).eventHandlerInvoker();
        }
    }
}
