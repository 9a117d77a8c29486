package ir.daftar.api.config.cache;

import org.axonframework.config.AggregateConfigurer;

/**
 * The aggregate cache (ADR 0008): an aggregate whose commands come one after another is kept in a
 * {@link BoundedAggregateCache} behind a {@link FreshCachingRepository}, which checks the cached copy
 * against the event store before each use.
 */
public final class CachedAggregates {

    private CachedAggregates() {
    }

    /** The aggregate's configuration, cached when {@code cacheSize} is positive, as Axon's default otherwise. */
    public static <A> AggregateConfigurer<A> configurer(Class<A> type, int cacheSize) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type);
        if (cacheSize > 0) {
            aggregate.configureRepository(c -> FreshCachingRepository.of(type, c, new BoundedAggregateCache(cacheSize)));
        }
        return aggregate;
    }
}
