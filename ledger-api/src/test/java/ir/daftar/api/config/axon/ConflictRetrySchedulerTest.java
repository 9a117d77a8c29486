package ir.daftar.api.config.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class ConflictRetrySchedulerTest {

    @Test
    void only_a_lost_race_for_the_next_sequence_number_is_retried() {
        assertThat(ConflictRetryScheduler.isConflict(new ConcurrencyException("taken"))).isTrue();
        assertThat(ConflictRetryScheduler.isConflict(new IllegalStateException("wrapped",
                new ConcurrencyException("taken")))).isTrue();
        assertThat(ConflictRetryScheduler.isConflict(new EventStoreException("disk full"))).isFalse();
        assertThat(ConflictRetryScheduler.isConflict(new IllegalArgumentException("rule"))).isFalse();
    }
}
