package ir.daftar.api.config.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/**
 * The meters kept per set of tags (ADR 0103) carry Axon's names, tags and outcomes: what dashboards and alerts read
 * must not change because the meters are no longer registered again for every message.
 */
class AxonMeterNamesTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final AxonMeters.GaugesOnce meters = new AxonMeters.GaugesOnce(registry);

    @SuppressWarnings("unchecked")
    private static MessageMonitor<EventMessage<?>> of(MessageMonitor<? super EventMessage<?>> monitor) {
        return (MessageMonitor<EventMessage<?>>) monitor;
    }

    private static EventMessage<?> event(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }

    @Test
    void an_event_processor_counts_and_times_each_outcome_under_axons_names_and_its_tags() {
        MessageMonitor<EventMessage<?>> processor = of(meters.registerEventProcessor("case-status",
                m -> Tags.of("processorName", "case-status", "payloadType", m.getPayloadType().getSimpleName()),
                m -> Tags.of("processorName", "case-status")));
        Tags string = Tags.of("processorName", "case-status", "payloadType", "String");

        MessageMonitor.MonitorCallback handled = processor.onMessageIngested(event("one"));
        clock.add(Duration.ofMillis(30));
        handled.reportSuccess();
        processor.onMessageIngested(event("two")).reportIgnored();
        processor.onMessageIngested(event("three")).reportFailure(new IllegalStateException("test"));
        processor.onMessageIngested(event(42)).reportSuccess();

        assertThat(registry.get("case-status.ingestedCounter").tags(string).counter().count()).isEqualTo(3);
        assertThat(registry.get("case-status.processedCounter").tags(string).counter().count()).isEqualTo(2);
        assertThat(registry.get("case-status.successCounter").tags(string).counter().count()).isEqualTo(1);
        assertThat(registry.get("case-status.failureCounter").tags(string).counter().count()).isEqualTo(1);
        assertThat(registry.get("case-status.ignoredCounter").tags(string).counter().count()).isEqualTo(1);
        assertThat(registry.get("case-status.allTimer").tags(string).timer().count()).isEqualTo(3);
        assertThat(registry.get("case-status.successTimer").tags(string).timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(30);
        assertThat(registry.get("case-status.ignoredTimer").tags(string).timer().count()).isEqualTo(1);
        assertThat(registry.get("case-status.failureTimer").tags(string).timer().count()).isEqualTo(1);
        assertThat(registry.get("case-status.successCounter").tags("payloadType", "Integer").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("case-status.capacity").tags(string).gauge().value()).isPositive();
        assertThat(registry.get("case-status.latency").tags("processorName", "case-status").gauge()).isNotNull();
        assertThat(registry.get("case-status.allTimer").tags(string).timer().takeSnapshot().percentileValues())
                .as("Axon's published percentiles").hasSize(6);
    }

    @Test
    void the_event_bus_tags_its_timers_but_not_its_counters_as_axon_does() {
        MessageMonitor<EventMessage<?>> bus = of(meters.registerEventBus("eventStore",
                m -> Tags.of("payloadType", m.getPayloadType().getSimpleName())));

        bus.onMessageIngested(event("one")).reportSuccess();
        bus.onMessageIngested(event(7)).reportSuccess();

        assertThat(registry.get("eventStore.ingestedCounter").tags(Tags.empty()).counters()).hasSize(1);
        assertThat(registry.get("eventStore.ingestedCounter").counter().count()).isEqualTo(2);
        assertThat(registry.get("eventStore.allTimer").tags("payloadType", "String").timer().count()).isEqualTo(1);
        assertThat(registry.get("eventStore.allTimer").tags("payloadType", "Integer").timer().count()).isEqualTo(1);
        assertThat(registry.find("eventStore.capacity").gauges()).isEmpty();
    }
}
