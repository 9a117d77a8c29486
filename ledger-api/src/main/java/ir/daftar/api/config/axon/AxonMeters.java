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
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.micrometer.reservoir.SlidingTimeWindowReservoir;
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
        private final ConcurrentMap<Key, SlidingTimeWindowReservoir> handlingTimes = new ConcurrentHashMap<>();

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
                SlidingTimeWindowReservoir times = handlingTimes.computeIfAbsent(
                        new Key(name, Tags.of(tagsBuilder.apply(message))), key -> {
                            SlidingTimeWindowReservoir reservoir =
                                    new SlidingTimeWindowReservoir(WINDOW_MINUTES, TimeUnit.MINUTES, clock);
                            Gauge.builder(key.name(), () -> busyShare(reservoir)).tags(key.tags()).register(meters);
                            return reservoir;
                        });
                long start = clock.monotonicTime();
                return new MessageMonitor.MonitorCallback() {
                    @Override
                    public void reportSuccess() {
                        times.update(clock.monotonicTime() - start);
                    }

                    @Override
                    public void reportFailure(Throwable cause) {
                        times.update(clock.monotonicTime() - start);
                    }

                    @Override
                    public void reportIgnored() {
                        times.update(clock.monotonicTime() - start);
                    }
                };
            };
        }

        private static double busyShare(SlidingTimeWindowReservoir times) {
            long busy = times.getMeasurements().stream().mapToLong(Long::longValue).sum();
            return (double) busy / TimeUnit.MINUTES.toNanos(WINDOW_MINUTES);
        }
    }
}
