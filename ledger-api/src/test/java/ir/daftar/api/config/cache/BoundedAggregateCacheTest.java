package ir.daftar.api.config.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class BoundedAggregateCacheTest {

    @Test
    void keeps_the_most_recently_used_entries_and_pushes_out_the_least_recently_used() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat((Integer) cache.get("a")).isEqualTo(1);
        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void tells_listeners_what_was_pushed_out_and_removed() {
        BoundedAggregateCache cache = new BoundedAggregateCache(1);
        List<String> seen = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                seen.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                seen.add("removed " + key);
            }
        });
        cache.put("a", 1);
        cache.put("b", 2);
        cache.remove("b");

        assertThat(seen).containsExactly("expired a", "removed b");
    }

    @Test
    void put_if_absent_compute_if_absent_and_compute_if_present_follow_the_cache_contract() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat((Integer) cache.computeIfAbsent("a", () -> 3)).isEqualTo(1);
        assertThat((Integer) cache.computeIfAbsent("b", () -> 4)).isEqualTo(4);
        cache.<Integer>computeIfPresent("a", v -> v + 10);
        cache.<Integer>computeIfPresent("z", v -> v + 10);
        cache.<Integer>computeIfPresent("b", v -> null);

        assertThat((Integer) cache.get("a")).isEqualTo(11);
        assertThat(cache.containsKey("z")).isFalse();
        assertThat(cache.containsKey("b")).isFalse();
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_cache_holds_at_least_one_entry() {
        assertThatThrownBy(() -> new BoundedAggregateCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
