package ir.daftar.core.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.PublishReprimand;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingBecameFinal;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingSetAside;
import ir.daftar.core.office.Licence;
import ir.daftar.core.office.LicenceCondition;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.LicenceTerms;
import ir.daftar.core.office.Office;
import ir.daftar.core.office.OfficeCommand.EndLicenceSuspension;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeOrigin;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The execution of final rulings (ADR 1200) against a real command bus and event store in memory: the office's
 * licence is suspended until the end of the period and in force from that instant; a ruling set aside on appeal
 * restores it; every event delivered twice, and the whole stream replayed, executes each ruling once.
 */
class RulingExecutionTest {

    static final String OFFICE = "OFF-9";
    static final Instant FINAL_AT = Instant.parse("2026-04-01T08:00:00Z");
    static final Instant UNTIL = Penalty.suspension(3).suspensionEnd(FINAL_AT);

    private Clock previousClock;
    private EventStore store;
    private CommandGateway commands;

    @BeforeEach
    void setUp() {
        previousClock = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(FINAL_AT, ZoneOffset.UTC);
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Office>builder().aggregateType(Office.class)
                .repository(EventSourcingRepository.builder(Office.class).eventStore(store).build()).build().subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
        long seq = 0;
        for (OfficeEvent event : List.of(
                new OfficeEvent.OfficeRegistered(OFFICE, "دفتر", OfficeOrigin.NEW, "تهران", "تهران"),
                new OfficeEvent.LicenceRequired(OFFICE),
                new OfficeEvent.LicenceDecisionProposed(OFFICE, "D1", LicenceDecisionKind.ISSUE,
                        LicenceTerms.until(Instant.parse("2031-03-20T20:30:00Z")), "جلسه", "دلایل"),
                new OfficeEvent.LicenceDecisionOpinionGiven(OFFICE, "D1", true, null),
                new OfficeEvent.LicenceDecisionDecided(OFFICE, "D1", LicenceDecisionKind.ISSUE, true, null))) {
            store.publish(new GenericDomainEventMessage<>("Office", OFFICE, seq++, event));
        }
    }

    @AfterEach
    void restoreClock() {
        GenericEventMessage.clock = previousClock;
    }

    /** What the process manager does with one event: send each command as the system. */
    private void deliver(Object event) {
        List<Object> toSend = event instanceof RulingBecameFinal f ? RulingExecution.onFinal(f)
                : event instanceof RulingSetAside s ? RulingExecution.onSetAside(s) : List.of();
        for (Object command : toSend) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(RulingExecution.EXECUTOR.asMetaData()));
        }
    }

    private List<OfficeEvent> officeEvents() {
        List<OfficeEvent> events = new ArrayList<>();
        store.readEvents(OFFICE).asStream().map(DomainEventMessage::getPayload).forEach(p -> events.add((OfficeEvent) p));
        return events;
    }

    private long count(Class<?> type) {
        return officeEvents().stream().filter(type::isInstance).count();
    }

    static RulingBecameFinal suspension(String rulingId) {
        return new RulingBecameFinal("DC-1", rulingId, OFFICE, "0011000015", Penalty.suspension(3),
                FinalityBasis.ON_APPEAL, FINAL_AT, UNTIL);
    }

    @Test
    void a_suspension_is_executed_once_however_often_its_event_is_delivered() {
        deliver(suspension("R-2"));
        deliver(suspension("R-2"));
        deliver(suspension("R-2"));

        assertThat(count(OfficeEvent.LicenceSuspendedByRuling.class)).isEqualTo(1);
        Licence licence = Office.licenceFrom(officeEvents());
        assertThat(licence.conditionAt(FINAL_AT)).isEqualTo(LicenceCondition.SUSPENDED);
    }

    @Test
    void the_suspension_is_lifted_exactly_at_the_end_of_its_period() {
        deliver(suspension("R-2"));
        Licence licence = Office.licenceFrom(officeEvents());

        assertThat(UNTIL).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(licence.inForceAt(UNTIL.minusNanos(1))).isFalse();
        assertThat(licence.inForceAt(UNTIL)).isTrue();

        GenericEventMessage.clock = Clock.fixed(UNTIL.minusSeconds(1), ZoneOffset.UTC);
        assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EndLicenceSuspension(OFFICE))
                .andMetaData(RulingExecution.EXECUTOR.asMetaData())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.A35_SUSPENSION_NOT_ENDED));
        GenericEventMessage.clock = Clock.fixed(UNTIL, ZoneOffset.UTC);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EndLicenceSuspension(OFFICE))
                .andMetaData(RulingExecution.EXECUTOR.asMetaData()));
        assertThat(officeEvents()).contains(new OfficeEvent.LicenceSuspensionEnded(OFFICE, "R-2", UNTIL));
    }

    @Test
    void a_ruling_set_aside_on_appeal_restores_the_licence_and_a_replay_changes_nothing() {
        RulingBecameFinal revocation = new RulingBecameFinal("DC-1", "R-1", OFFICE, "0011000015", Penalty.of(6),
                FinalityBasis.APPEAL_PERIOD_LAPSED, FINAL_AT, null);
        RulingSetAside setAside = new RulingSetAside("DC-1", "R-1", "R-2", OFFICE, Penalty.of(6));
        List<Object> stream = List.of(revocation, setAside);
        deliver(revocation);
        assertThat(Office.licenceFrom(officeEvents()).conditionAt(FINAL_AT)).isEqualTo(LicenceCondition.REVOKED);
        deliver(setAside);
        assertThat(count(OfficeEvent.LicenceRevokedByRuling.class)).isEqualTo(1);
        assertThat(Office.licenceFrom(officeEvents()).inForceAt(FINAL_AT)).isTrue();

        int before = officeEvents().size();
        stream.forEach(this::deliver); // the processor replayed from the start
        assertThat(officeEvents()).hasSize(before);
        assertThat(count(OfficeEvent.LicenceRevokedByRuling.class)).isEqualTo(1);
        assertThat(count(OfficeEvent.DisciplinaryRulingLifted.class)).isEqualTo(1);
        assertThat(Office.licenceFrom(officeEvents()).inForceAt(FINAL_AT)).isTrue();
    }

    @Test
    void degree_4_is_published_and_degrees_1_to_3_need_no_execution() {
        RulingBecameFinal reprimand = new RulingBecameFinal("DC-1", "R-1", OFFICE, "0011000015", Penalty.of(4),
                FinalityBasis.ON_ISSUE, FINAL_AT, null);
        assertThat(RulingExecution.onFinal(reprimand)).containsExactly(new PublishReprimand("DC-1", "R-1"));
        for (int degree = 1; degree <= 3; degree++) {
            assertThat(RulingExecution.onFinal(new RulingBecameFinal("DC-1", "R-1", OFFICE, "0011000015",
                    Penalty.of(degree), FinalityBasis.ON_ISSUE, FINAL_AT, null))).isEmpty();
        }
        assertThat(RulingExecution.onFinal(new RulingBecameFinal("DC-1", "R-1", OFFICE, "0011000015", null,
                FinalityBasis.ON_ISSUE, FINAL_AT, null))).isEmpty();
    }
}
