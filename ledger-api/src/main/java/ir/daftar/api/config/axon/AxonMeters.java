package ir.daftar.api.config.axon;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's meters (event processors, command and query buses, update emitter) with each gauge registered
 * once. Axon's latency and capacity monitors register their gauge again for every message they see: Micrometer keeps the first and ignores the others,
 * but says so in a warning ("This Gauge has been already registered ... eventProcessor.latency"), which
 * every first start printed for the first processor to see two events ({@code notice-metrics}, a
 * subscribing processor, as the demo data is seeded). The meters are the same, under the same names and
 * tags ({@code eventProcessor.latency}, {@code eventProcessor.capacity}, {@code commandBus.capacity}, timers
 * and counters, as the dashboards and {@code PrometheusMetricsIT} read them); a gauge's value is kept here,
 * once per name and tags, so every monitor Axon asks for one component feeds the one gauge that is reported.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMeters {

    /** In place of Axon's own (its auto-configuration steps back when one is defined). */
    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
        return new GaugesOnce(meters);
    }

    static final class GaugesOnce extends GlobalMetricRegistry {

        /** Axon's tag of the payload type, on bus and emitter meters. */
        private static final Function<Message<?>, Iterable<Tag>> PAYLOAD_TYPE =
                message -> Tags.of("payloadType", message.getPayloadType().getSimpleName());

        /** Axon's capacity window: the share of the last ten minutes spent handling messages. */
        private static final long WINDOW_MINUTES = 10;

        private final MeterRegistry meters;
        private final Clock clock;
        private final ConcurrentMap<Key, AtomicLong> latencies = new ConcurrentHashMap<>();
        private final ConcurrentMap<Key, BusyTime> handlingTimes = new ConcurrentHashMap<>();

        GaugesOnce(MeterRegistry meters) {
            super(meters);
            this.meters = meters;
            this.clock = meters.config().clock();
        }

        private record Key(String name, Tags tags) {
        }

        @Override
        public MessageMonitor<? extends Message<?>> registerComponent(Class<?> componentType, String componentName) {
            if (QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
                return handlers(componentName, message -> Tags.empty());
            }
            return super.registerComponent(componentType, componentName);
        }

        @Override
        public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> componentType,
                                                                                     String componentName) {
            if (QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
                return handlers(componentName, PAYLOAD_TYPE);
            }
            return super.registerComponentWithDefaultTags(componentType, componentName);
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String commandBusName) {
            return handlers(commandBusName, message -> Tags.empty());
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String commandBusName,
                                                                            Function<Message<?>, Iterable<Tag>> tagsBuilder) {
            return handlers(commandBusName, tagsBuilder);
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String queryBusName) {
            return handlers(queryBusName, message -> Tags.empty());
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String queryBusName,
                                                                           Function<Message<?>, Iterable<Tag>> tagsBuilder) {
            return handlers(queryBusName, tagsBuilder);
        }

        /** As Axon's for a bus or an update emitter: timers, counters and the capacity. */
        private MessageMonitor<Message<?>> handlers(String name, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
            return new Instrumented<>(name, tagsBuilder, false);
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventBus(String eventBusName) {
            return registerEventBus(eventBusName, message -> Tags.empty());
        }

        /** As Axon's for the event bus (the event store): timers with the tags, counters without, no capacity. */
        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventBus(String eventBusName,
                                                                        Function<Message<?>, Iterable<Tag>> tagsBuilder) {
            return new Instrumented<EventMessage<?>>(eventBusName, tagsBuilder, true);
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName,
                                                                              Function<Message<?>, Iterable<Tag>> tagsBuilder) {
            return registerEventProcessor(eventProcessorName, tagsBuilder, tagsBuilder);
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName) {
            return registerEventProcessor(eventProcessorName, message -> Tags.empty(), message -> Tags.empty());
        }

        /** As Axon's: timers, counters, the capacity and the latency; the two gauges registered once. */
        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName,
                Function<Message<?>, Iterable<Tag>> tagsBuilder, Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
            return new MultiMessageMonitor<EventMessage<?>>(List.of(
                    new Instrumented<EventMessage<?>>(eventProcessorName, tagsBuilder, false),
                    latency(eventProcessorName + ".latency", latencyTagsBuilder)));
        }

        /** Now minus the event's timestamp, of the last event the processor took up. */
        private MessageMonitor<EventMessage<?>> latency(String name, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
            return message -> {
                AtomicLong latency = latencies.computeIfAbsent(new Key(name, Tags.of(tagsBuilder.apply(message))), key -> {
                    AtomicLong value = new AtomicLong();
                    Gauge.builder(key.name(), value::get).tags(key.tags()).register(meters);
                    return value;
                });
                latency.set(clock.wallTime() - message.getTimestamp().toEpochMilli());
                return NoOpMessageMonitorCallback.INSTANCE;
            };
        }

        /**
         * The meters of Axon's {@link MessageTimerMonitor} and {@link MessageCountingMonitor} (same names, tags,
         * percentiles and expiry: {@code <name>.allTimer}, {@code .successTimer}, {@code .failureTimer},
         * {@code .ignoredTimer}, {@code .ingestedCounter}, {@code .successCounter}, {@code .failureCounter},
         * {@code .processedCounter}, {@code .ignoredCounter}) and the capacity gauge ({@code <name>.capacity}),
         * looked up once per set of tags and kept. Axon's monitors build and register their nine meters again for
         * every message, each registration a pass through the registry's filters and map: profiled under the
         * benchmark's command load, that was 29 % of the application's CPU, most of it in the processors'
         * coordinators reporting the events they ignore (ADR 0103).
         */
        private final class Instrumented<M extends Message<?>> implements MessageMonitor<M> {

            private final String name;
            private final Function<Message<?>, Iterable<Tag>> tagsBuilder;
            private final boolean eventBus;
            private final ConcurrentMap<Tags, Instruments> byTags = new ConcurrentHashMap<>();

            /** For the event bus, as Axon's: counters without the message's tags, and no capacity gauge. */
            Instrumented(String name, Function<Message<?>, Iterable<Tag>> tagsBuilder, boolean eventBus) {
                this.name = name;
                this.tagsBuilder = tagsBuilder;
                this.eventBus = eventBus;
            }

            @Override
            public MonitorCallback onMessageIngested(M message) {
                Tags tags = Tags.of(tagsBuilder.apply(message));
                Instruments in = byTags.get(tags);
                if (in == null) {
                    in = byTags.computeIfAbsent(tags, this::register);
                }
                in.ingested().increment();
                long start = clock.monotonicTime();
                Instruments of = in;
                return new MonitorCallback() {
                    @Override
                    public void reportSuccess() {
                        of.ended(clock.monotonicTime() - start, of.successTimer(), of.processed(), of.succeeded());
                    }

                    @Override
                    public void reportFailure(Throwable cause) {
                        of.ended(clock.monotonicTime() - start, of.failureTimer(), of.processed(), of.failed());
                    }

                    @Override
                    public void reportIgnored() {
                        of.ended(clock.monotonicTime() - start, of.ignoredTimer(), of.ignored());
                    }
                };
            }

            private Instruments register(Tags tags) {
                BusyTime busy = eventBus ? null : handlingTimes.computeIfAbsent(new Key(name + ".capacity", tags), key -> {
                    BusyTime times = new BusyTime(TimeUnit.MINUTES.toNanos(WINDOW_MINUTES), clock);
                    Gauge.builder(key.name(), times::share).tags(key.tags()).register(meters);
                    return times;
                });
                Tags counted = eventBus ? Tags.empty() : tags;
                return new Instruments(timer("allTimer", tags), timer("successTimer", tags), timer("failureTimer", tags),
                        timer("ignoredTimer", tags), counter("ingestedCounter", counted), counter("successCounter", counted),
                        counter("failureCounter", counted), counter("processedCounter", counted),
                        counter("ignoredCounter", counted), busy);
            }

            private Timer timer(String kind, Tags tags) {
                return Timer.builder(name + "." + kind).distributionStatisticExpiry(Duration.ofMinutes(10))
                        .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999).tags(tags).register(meters);
            }

            private Counter counter(String kind, Tags tags) {
                return meters.counter(name + "." + kind, tags);
            }
        }

        /** One component's meters for one set of tags ({@code busy} null without a capacity gauge). */
        private record Instruments(Timer all, Timer successTimer, Timer failureTimer, Timer ignoredTimer, Counter ingested,
                                   Counter succeeded, Counter failed, Counter processed, Counter ignored, BusyTime busy) {

            /** A message handled in {@code nanos}: the all-messages timer and its outcome's, its counters, the capacity. */
            void ended(long nanos, Timer outcome, Counter... counted) {
                all.record(nanos, TimeUnit.NANOSECONDS);
                outcome.record(nanos, TimeUnit.NANOSECONDS);
                for (Counter counter : counted) {
                    counter.increment();
                }
                if (busy != null) {
                    busy.add(nanos);
                }
            }
        }
    }

    /**
     * Time spent handling messages over a sliding window, in a fixed number of buckets: the memory stays the same
     * whatever the rate. (Axon's own capacity monitor keeps every handling time of the last ten minutes, one map
     * entry each: at a rebuild's thousands of events per second for seven processors that is millions of entries,
     * and it filled a 512 MB heap in the full benchmark.) The window slides a bucket (a sixtieth of it) at a time;
     * a bucket being recycled may lose a measurement that raced with the recycling, which a gauge can afford.
     */
    static final class BusyTime {

        static final int BUCKETS = 60;

        private final long windowNanos;
        private final long bucketNanos;
        private final Clock clock;
        /** Busy nanoseconds per bucket. */
        private final AtomicLongArray busy = new AtomicLongArray(BUCKETS);
        /** Which bucket of time (monotonic time / bucket length) each slot holds now. */
        private final AtomicLongArray slotOf = new AtomicLongArray(BUCKETS);

        BusyTime(long windowNanos, Clock clock) {
            this.windowNanos = windowNanos;
            this.bucketNanos = Math.max(1, windowNanos / BUCKETS);
            this.clock = clock;
            for (int i = 0; i < BUCKETS; i++) {
                slotOf.set(i, Long.MIN_VALUE); // no bucket of time yet
            }
        }

        void add(long nanos) {
            long bucket = clock.monotonicTime() / bucketNanos;
            int slot = slot(bucket);
            long held = slotOf.get(slot);
            if (held != bucket && slotOf.compareAndSet(slot, held, bucket)) {
                busy.set(slot, 0);
            }
            busy.addAndGet(slot, nanos);
        }

        /** The share of the window spent busy (1 is one thread busy all the time). */
        double share() {
            long bucket = clock.monotonicTime() / bucketNanos;
            long sum = 0;
            for (int i = 0; i < BUCKETS; i++) {
                long held = slotOf.get(i);
                if (held > bucket - BUCKETS && held <= bucket) {
                    sum += busy.get(i);
                }
            }
            return (double) sum / windowNanos;
        }

        private static int slot(long bucket) {
            return (int) Math.floorMod(bucket, (long) BUCKETS);
        }
    }
}
