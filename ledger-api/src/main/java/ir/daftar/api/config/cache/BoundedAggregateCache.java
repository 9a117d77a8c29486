package ir.daftar.api.config.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A bounded, least-recently-used cache for Axon's caching repositories (ADR 0008): a filing's
 * commands come one after another within minutes, so keeping the last few thousand aggregates
 * spares each command the replay of its filing's events. Unlike a weak-reference cache, entries
 * survive garbage collection until the bound pushes them out. A cached aggregate that another
 * instance has moved on is never trusted blindly: its next event would take a sequence number
 * already stored, the append fails on the event store's unique key, and Axon drops the entry.
 */
public final class BoundedAggregateCache implements Cache {

    private final int maxEntries;
    private final Map<Object, Object> entries;
    private final CopyOnWriteArrayList<EntryListener> listeners = new CopyOnWriteArrayList<>();

    public BoundedAggregateCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                boolean full = size() > BoundedAggregateCache.this.maxEntries;
                if (full) {
                    listeners.forEach(l -> l.onEntryExpired(eldest.getKey()));
                }
                return full;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        Object old = entries.put(key, value);
        listeners.forEach(l -> {
            if (old == null) {
                l.onEntryCreated(key, value);
            } else {
                l.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        Object value = entries.get(key);
        if (value == null) {
            value = valueSupplier.get();
            put(key, value);
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object value = entries.get(key);
        if (value != null) {
            V updated = update.apply((V) value);
            if (updated == null) {
                remove(key);
            } else {
                put(key, updated);
            }
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(l -> l.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public synchronized void removeAll() {
        entries.keySet().forEach(key -> listeners.forEach(l -> l.onEntryRemoved(key)));
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
