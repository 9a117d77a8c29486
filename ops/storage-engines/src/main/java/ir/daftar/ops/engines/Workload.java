package ir.daftar.ops.engines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

/**
 * What both engines are put through, the same way: appends as commands make them, aggregate loads as
 * commands make them, and the whole store read from the start as a tracking processor replays it.
 * Everything read is deserialized and checked against what was written, so a fast wrong answer fails.
 */
public final class Workload {

    private Workload() {
    }

    /**
     * Appends {@link SampleEvents#EVENTS_PER_AGGREGATE} events to each aggregate, one event per transaction
     * (a command appends its event and commits), from {@code threads} workers; each worker takes the next
     * aggregate and writes its events in order. Latency: one append, begin to commit.
     */
    public static Measurement append(EngineStore store, List<String> aggregateIds, int threads)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        return inParallel(threads, worker -> {
            Latencies latencies = new Latencies();
            for (int i = next.getAndIncrement(); i < aggregateIds.size(); i = next.getAndIncrement()) {
                String id = aggregateIds.get(i);
                for (long seq = 0; seq < SampleEvents.EVENTS_PER_AGGREGATE; seq++) {
                    DomainEventMessage<DocumentRecorded> event = SampleEvents.event(id, seq);
                    long start = System.nanoTime();
                    store.engine().appendEvents(event);
                    latencies.add(System.nanoTime() - start);
                }
            }
            return latencies.toArray();
        });
    }

    /**
     * Loads {@code loads} aggregates picked at random (seeded) from {@code threads} workers, each load in one
     * transaction as a command's unit of work loads its aggregate: snapshot lookup, then the events, every
     * payload deserialized. A load that does not return the aggregate's events in order fails the run.
     */
    public static Measurement load(EngineStore store, List<String> aggregateIds, int loads, int threads, long seed)
            throws InterruptedException {
        AtomicInteger remaining = new AtomicInteger(loads);
        return inParallel(threads, worker -> {
            SplittableRandom random = new SplittableRandom(seed + worker);
            Latencies latencies = new Latencies();
            while (remaining.getAndDecrement() > 0) {
                String id = aggregateIds.get(random.nextInt(aggregateIds.size()));
                long start = System.nanoTime();
                store.transactions().executeInTransaction(() -> readAggregate(store, id));
                latencies.add(System.nanoTime() - start);
            }
            return latencies.toArray();
        });
    }

    /** Reads one aggregate through the engine and checks that it is what {@link SampleEvents} wrote. */
    static void readAggregate(EngineStore store, String aggregateId) {
        DomainEventStream events = store.engine().readEvents(aggregateId);
        long expected = 0;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() != expected
                    || !SampleEvents.payload(aggregateId, expected).equals(event.getPayload())) {
                throw new IllegalStateException(store.kind().label() + " returned " + event + " for "
                        + aggregateId + " at sequence " + expected);
            }
            expected++;
        }
        if (expected != SampleEvents.EVENTS_PER_AGGREGATE) {
            throw new IllegalStateException(store.kind().label() + " returned " + expected + " events of "
                    + aggregateId + " instead of " + SampleEvents.EVENTS_PER_AGGREGATE);
        }
    }

    /**
     * Reads the whole store from the start, as a tracking processor that replays it (one reader, the engine's
     * batches of 100, each batch in a transaction of its own), deserializing every payload. The stream must
     * return {@code expectedEvents} events with strictly increasing global indexes.
     */
    public static Measurement stream(EngineStore store, long expectedEvents) {
        long start = System.nanoTime();
        long count = 0;
        long lastIndex = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = store.engine().readEvents(null, false)) {
            var iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                long index = ((GapAwareTrackingToken) event.trackingToken()).getIndex();
                if (index <= lastIndex || !(event.getPayload() instanceof DocumentRecorded)) {
                    throw new IllegalStateException(store.kind().label() + " streamed " + event + " at index "
                            + index + " after " + lastIndex);
                }
                lastIndex = index;
                count++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (count != expectedEvents) {
            throw new IllegalStateException(store.kind().label() + " streamed " + count + " events of "
                    + expectedEvents);
        }
        return new Measurement((int) count, seconds, new long[0]);
    }

    /** One worker's latencies, in nanoseconds. */
    private static final class Latencies {
        private long[] nanos = new long[1024];
        private int size;

        void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(nanos, size);
        }
    }

    interface Worker {
        long[] run(int worker) throws Exception;
    }

    /** Runs {@code threads} workers released together; the clock runs from their release to the last one's end. */
    static Measurement inParallel(int threads, Worker work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> results = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Callable<long[]> task = () -> {
                    ready.countDown();
                    go.await();
                    return work.run(worker);
                };
                results.add(pool.submit(task));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            long[][] latencies = new long[threads][];
            for (int w = 0; w < threads; w++) {
                try {
                    latencies[w] = results.get(w).get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a worker failed", e.getCause());
                }
            }
            return Measurement.of((System.nanoTime() - start) / 1e9, latencies);
        } finally {
            pool.shutdownNow();
        }
    }
}
