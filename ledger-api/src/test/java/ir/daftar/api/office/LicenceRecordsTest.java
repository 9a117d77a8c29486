package ir.daftar.api.office;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.LicenceTerms;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeEvent.DisciplinaryRulingLifted;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionOpinionGiven;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionProposed;
import ir.daftar.core.office.OfficeEvent.LicenceSuspendedByRuling;
import ir.daftar.core.office.OfficeEvent.LicenceSuspensionEnded;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The licence history as of an instant (ADR 0930): the Council's decisions and the rulings executed on the licence
 * (ADR 1200), from the events recorded up to the instant only.
 */
class LicenceRecordsTest {

    static final String OFFICE = "OFF-7";
    static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private EmbeddedEventStore store;
    private LicenceRecords records;
    private long sequence;

    @BeforeEach
    void open() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        records = new LicenceRecords(store);
    }

    @AfterEach
    void close() {
        store.shutDown();
    }

    private void record(OfficeEvent event, Instant at, ActorRole role) {
        Map<String, String> actor = new Actor("actor-" + role, role, null).asMetaData();
        store.publish(new GenericDomainEventMessage<>("Office", OFFICE, sequence++, event, actor, "e-" + sequence, at));
    }

    @Test
    void a_ruling_executed_on_the_licence_is_listed_beside_the_decisions_as_it_stood_at_the_instant() {
        Instant until = T0.plus(Duration.ofDays(90));
        record(new OfficeRegistered(OFFICE, "دفتر", OfficeOrigin.NEW, "یزد", "یزد"), T0, ActorRole.ADMIN);
        record(new LicenceDecisionProposed(OFFICE, "LIC-1", LicenceDecisionKind.ISSUE,
                LicenceTerms.until(T0.plus(Duration.ofDays(900))), "جلسه ۱", "دلایل"), T0.plusSeconds(10),
                ActorRole.COUNCIL_MEMBER);
        record(new LicenceDecisionOpinionGiven(OFFICE, "LIC-1", true, null), T0.plusSeconds(20), ActorRole.GD_OFFICER);
        record(new LicenceDecisionDecided(OFFICE, "LIC-1", LicenceDecisionKind.ISSUE, true, null), T0.plusSeconds(30),
                ActorRole.CENTER_HEAD);
        record(new LicenceSuspendedByRuling(OFFICE, "R-1", "C-1", until), T0.plusSeconds(40), ActorRole.SYSTEM);
        record(new LicenceSuspensionEnded(OFFICE, "R-1", until), until, ActorRole.SYSTEM);
        record(new DisciplinaryRulingLifted(OFFICE, "R-2", "C-2"), until.plusSeconds(5), ActorRole.SYSTEM);

        LicenceRecords.History before = records.history(OFFICE, T0.plusSeconds(25));
        assertThat(before.decisions()).hasSize(1);
        assertThat(before.decisions().get(0).opinion().actorRole()).isEqualTo("GD_OFFICER");
        assertThat(before.decisions().get(0).decision()).isNull();
        assertThat(before.rulings()).isEmpty();

        LicenceRecords.History suspended = records.history(OFFICE, T0.plusSeconds(40));
        assertThat(suspended.rulings()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("SUSPENSION");
            assertThat(r.until()).isEqualTo(until);
            assertThat(r.executed().actorRole()).isEqualTo("SYSTEM");
            assertThat(r.suspensionEndedAt()).isNull();
        });

        LicenceRecords.History now = records.history(OFFICE, null);
        assertThat(now.rulings()).singleElement().satisfies(r -> assertThat(r.suspensionEndedAt()).isEqualTo(until));
        assertThat(now.decisions().get(0).decision().yes()).isTrue();
        assertThat(records.decisions(OFFICE)).isEqualTo(now.decisions());
    }
}
