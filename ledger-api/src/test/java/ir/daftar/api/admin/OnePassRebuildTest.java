package ir.daftar.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ADR 0102: the one pass over an event store and a database in memory. Whatever the number of workers, every
 * projection gets every event once, in order, in a unit of work and a transaction of its worker's thread, and a
 * batch commits for every projection or for none.
 */
class OnePassRebuildTest {

    private static final List<String> PROJECTIONS = List.of("a", "b", "c");
    private static final int EVENTS = 10;

    private final Database db = new Database();
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final EventStore events = mock(EventStore.class);
    private final TokenStore tokens = mock(TokenStore.class);
    private final Map<String, AbstractEventProcessor> processors = new LinkedHashMap<>();
    private final Set<String> failOn = ConcurrentHashMap.newKeySet(); // "projection/event" that throws

    OnePassRebuildTest() {
        for (String name : PROJECTIONS) {
            AbstractEventProcessor processor = mock(AbstractEventProcessor.class,
                    withSettings().extraInterfaces(StreamingEventProcessor.class));
            when(processor.eventHandlerInvoker()).thenReturn(new Projection(name));
            doReturn(Optional.of(processor)).when(processing).eventProcessor(name, StreamingEventProcessor.class);
            processors.put(name, processor);
        }
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(EVENTS));
        List<TrackedEventMessage<?>> stored = IntStream.rangeClosed(1, EVENTS)
                .<TrackedEventMessage<?>>mapToObj(i -> new GenericTrackedEventMessage<>(
                        new GlobalSequenceTrackingToken(i), GenericEventMessage.asEventMessage("e" + i)))
                .toList();
        doReturn(new ListStream(stored)).when(events).openStream(null);
        when(tokens.fetchSegments(anyString())).thenReturn(new int[] {0, 1});
        doAnswer(call -> {
            db.storeToken(call.getArgument(0), call.getArgument(1), call.getArgument(2));
            return null;
        }).when(tokens).storeToken(any(), anyString(), anyInt());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void every_projection_gets_every_event_once_in_order_and_every_token_ends_at_the_head(int threads)
            throws Exception {
        OnePassRebuild.Status status = pass(threads, List.of("c", "a", "b", "a"));

        assertThat(status.state()).as(String.valueOf(status.failure())).isEqualTo(OnePassRebuild.State.DONE);
        assertThat(status.projections()).containsExactly("c", "a", "b");
        assertThat(status.events()).isEqualTo(EVENTS);
        assertThat(status.percent()).isEqualTo(100);
        List<String> all = IntStream.rangeClosed(1, EVENTS).mapToObj(i -> "e" + i).toList();
        for (String name : PROJECTIONS) {
            assertThat(db.rows.get(name)).as(name).isEqualTo(all);
            assertThat(db.tokens.get(name + "/0")).as(name).isEqualTo(new GlobalSequenceTrackingToken(EVENTS));
            assertThat(db.tokens.get(name + "/1")).as(name).isEqualTo(new GlobalSequenceTrackingToken(EVENTS));
            StreamingEventProcessor processor = (StreamingEventProcessor) processors.get(name);
            verify(processor).shutDown();
            verify(processor).resetTokens();
            // the claims are released and the processors started after the status has changed
            verify(tokens, timeout(5000)).releaseClaim(name, 0);
            verify(tokens, timeout(5000)).releaseClaim(name, 1);
            verify(processor, timeout(5000)).start();
        }
        assertThat(db.commits.get()).isEqualTo(4 * Math.min(threads, PROJECTIONS.size())); // batches of 3 events
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void a_failure_in_one_projection_rolls_its_batch_back_for_every_projection(int threads) throws Exception {
        failOn.add("b/e5"); // in the second batch (e4 to e6)

        OnePassRebuild.Status status = pass(threads, List.of());

        assertThat(status.state()).isEqualTo(OnePassRebuild.State.FAILED);
        assertThat(status.failure()).contains("e5");
        assertThat(status.position()).isEqualTo(3);
        assertThat(status.events()).isEqualTo(3);
        for (String name : PROJECTIONS) {
            assertThat(db.rows.get(name)).as(name).containsExactly("e1", "e2", "e3");
            assertThat(db.tokens.get(name + "/0")).as(name).isEqualTo(new GlobalSequenceTrackingToken(3));
            assertThat(db.tokens.get(name + "/1")).as(name).isEqualTo(new GlobalSequenceTrackingToken(3));
            verify(tokens, timeout(5000)).releaseClaim(name, 0);
            verify((StreamingEventProcessor) processors.get(name), timeout(5000)).start();
        }
    }

    private OnePassRebuild.Status pass(int threads, List<String> names) throws InterruptedException {
        ProjectionRebuilder rebuilder = mock(ProjectionRebuilder.class);
        when(rebuilder.projectionNames()).thenReturn(PROJECTIONS);
        OnePassRebuild rebuild = new OnePassRebuild(processing, events, tokens, db, rebuilder, 3, threads);
        rebuild.start(names);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (rebuild.running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        return rebuild.status();
    }

    /** A projection's handlers: each event becomes a row, written in the transaction of the handling thread. */
    private final class Projection implements EventHandlerInvoker {

        private final String name;

        Projection(String name) {
            this.name = name;
        }

        @Override
        public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
            return true;
        }

        @Override
        public void handle(EventMessage<?> message, Segment segment) {
            if (!CurrentUnitOfWork.isStarted()) {
                throw new IllegalStateException("no unit of work on " + Thread.currentThread().getName());
            }
            String event = (String) message.getPayload();
            if (failOn.contains(name + "/" + event)) {
                throw new IllegalStateException(name + " cannot handle " + event);
            }
            db.write(name, event);
        }
    }

    /** Rows and tokens written in transactions bound to the thread, kept only when committed. */
    private static final class Database implements TransactionManager {

        final Map<String, List<String>> rows = new ConcurrentHashMap<>();
        final Map<String, TrackingToken> tokens = new ConcurrentHashMap<>();
        private final ThreadLocal<Pending> current = new ThreadLocal<>();
        final AtomicInteger commits = new AtomicInteger();

        @Override
        public Transaction startTransaction() {
            if (current.get() != null) {
                throw new IllegalStateException("a transaction is already bound to " + Thread.currentThread());
            }
            Pending pending = new Pending();
            current.set(pending);
            return pending;
        }

        void write(String projection, String event) {
            pending().rows.computeIfAbsent(projection, p -> new ArrayList<>()).add(event);
        }

        void storeToken(TrackingToken token, String processor, int segment) {
            pending().tokens.put(processor + "/" + segment, token);
        }

        private Pending pending() {
            Pending pending = current.get();
            if (pending == null) {
                throw new IllegalStateException("no transaction on " + Thread.currentThread().getName());
            }
            return pending;
        }

        private final class Pending implements Transaction {

            final Map<String, List<String>> rows = new LinkedHashMap<>();
            final Map<String, TrackingToken> tokens = new LinkedHashMap<>();

            @Override
            public void commit() {
                current.remove();
                synchronized (Database.this) {
                    rows.forEach((p, r) -> Database.this.rows.computeIfAbsent(p, x -> new ArrayList<>()).addAll(r));
                    Database.this.tokens.putAll(tokens);
                    if (!rows.isEmpty()) {
                        commits.incrementAndGet();
                    }
                }
            }

            @Override
            public void rollback() {
                current.remove();
            }
        }
    }

    /** The given events, all available at once. */
    private static final class ListStream implements BlockingStream<TrackedEventMessage<?>> {

        private final Deque<TrackedEventMessage<?>> left;

        ListStream(List<TrackedEventMessage<?>> events) {
            this.left = new ArrayDeque<>(events);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(left.peekFirst());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return !left.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return left.removeFirst();
        }

        @Override
        public void close() {
        }
    }
}
