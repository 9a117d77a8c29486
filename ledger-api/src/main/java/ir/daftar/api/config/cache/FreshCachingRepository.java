package ir.daftar.api.config.cache;

import java.util.Objects;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * An event-sourced repository with a cache that is never trusted blindly (ADR 0008). Before a
 * cached aggregate handles a command, the event store is asked for the stream's last sequence
 * number (one indexed lookup); if another instance has appended since, the cached copy is dropped
 * and the aggregate is replayed from its events. A command therefore always checks its rules
 * against the aggregate as stored, and the cache saves the replay, not the truth.
 */
final class FreshCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final EventStore events;
    private final Cache cache;

    private FreshCachingRepository(EventSourcingRepository.Builder<T> builder, EventStore events, Cache cache) {
        super(builder);
        this.events = events;
        this.cache = cache;
    }

    static <T> FreshCachingRepository<T> of(Class<T> type, Configuration axon, Cache cache) {
        EventSourcingRepository.Builder<T> builder = EventSourcingRepository.builder(type)
                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(type, axon.parameterResolverFactory(),
                        axon.handlerDefinition(type)))
                .eventStore(axon.eventStore())
                .repositoryProvider(axon::repository)
                .cache(cache);
        return new FreshCachingRepository<>(builder, axon.eventStore(), cache);
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        if (cache.containsKey(aggregateIdentifier)) {
            EventSourcedAggregate<T> cached = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
            if (Objects.equals(cached.version(), events.lastSequenceNumberFor(aggregateIdentifier).orElse(null))) {
                return cached;
            }
            cache.remove(aggregateIdentifier);
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }
}
