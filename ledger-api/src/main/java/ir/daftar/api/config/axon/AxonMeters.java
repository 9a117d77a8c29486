package ir.daftar.api.config.axon;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
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

        /** As Axon's for a bus or an update emitter: a timer, the capacity and counters. */
        private MessageMonitor<Message<?>> handlers(String name, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
            return new MultiMessageMonitor<Message<?>>(List.of(
                    MessageTimerMonitor.builder().meterNamePrefix(name).meterRegistry(meters).tagsBuilder(tagsBuilder).build(),
                    capacity(name + ".capacity", tagsBuilder),
                    MessageCountingMonitor.buildMonitor(name, meters, tagsBuilder)));
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName) {
            return registerEventProcessor(eventProcessorName, message -> Tags.empty(), message -> Tags.empty());
        }

        /** As Axon's: a timer, the latency, the capacity and counters; the two gauges registered once. */
        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName,
                Function<Message<?>, Iterable<Tag>> tagsBuilder, Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
            return new MultiMessageMonitor<EventMessage<?>>(List.of(
                    MessageTimerMonitor.builder().meterNamePrefix(eventProcessorName).meterRegistry(meters)
                            .tagsBuilder(tagsBuilder).build(),
                    latency(eventProcessorName + ".latency", latencyTagsBuilder),
                    capacity(eventProcessorName + ".capacity", tagsBuilder),
                    MessageCountingMonitor.buildMonitor(eventProcessorName, meters, tagsBuilder)));
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

        /** The share of the window spent handling events (1 is one thread busy all the time). */
        private <M extends Message<?>> MessageMonitor<M> capacity(String name, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
            return message -> {
                BusyTime times = handlingTimes.computeIfAbsent(new Key(name, Tags.of(tagsBuilder.apply(message))), key -> {
                    BusyTime busy = new BusyTime(TimeUnit.MINUTES.toNanos(WINDOW_MINUTES), clock);
                    Gauge.builder(key.name(), busy::share).tags(key.tags()).register(meters);
                    return busy;
                });
                long start = clock.monotonicTime();
                return new MessageMonitor.MonitorCallback() {
                    @Override
                    public void reportSuccess() {
                        times.add(clock.monotonicTime() - start);
                    }

                    @Override
                    public void reportFailure(Throwable cause) {
                        times.add(clock.monotonicTime() - start);
                    }

                    @Override
                    public void reportIgnored() {
                        times.add(clock.monotonicTime() - start);
                    }
                };
            };
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
