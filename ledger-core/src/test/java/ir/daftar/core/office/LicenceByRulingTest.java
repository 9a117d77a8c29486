package ir.daftar.core.office;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Rule;
import ir.daftar.core.discipline.RulingExecution;
import ir.daftar.core.office.OfficeCommand.EndLicenceSuspension;
import ir.daftar.core.office.OfficeCommand.ExecuteDisciplinaryRuling;
import ir.daftar.core.office.OfficeCommand.LiftDisciplinaryRuling;
import ir.daftar.core.office.OfficeEvent.DisciplinaryRulingLifted;
import ir.daftar.core.office.OfficeEvent.LicenceRevokedByRuling;
import ir.daftar.core.office.OfficeEvent.LicenceSuspendedByRuling;
import ir.daftar.core.office.OfficeEvent.LicenceSuspensionEnded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A final disciplinary ruling executed on the office's licence, outside the Council's chain (A35-5/6, A36; ADR 1200). */
class LicenceByRulingTest {

    static final String OFFICE = LicenceTest.OFFICE;
    static final Instant NOW = LicenceTest.NOW;
    static final Instant UNTIL = Instant.parse("2026-06-01T08:00:00Z");
    static final Map<String, String> SYSTEM = RulingExecution.EXECUTOR.asMetaData();

    private AggregateTestFixture<Office> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Office.class);
    }

    private TestExecutor<Office> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    static Object[] plus(Object[] history, Object... more) {
        List<Object> events = new ArrayList<>(List.of(history));
        events.addAll(List.of(more));
        return events.toArray();
    }

    static final LicenceSuspendedByRuling SUSPENDED = new LicenceSuspendedByRuling(OFFICE, "R-5", "DC-1", UNTIL);

    @Test
    void degree_5_suspends_the_licence_until_the_end_of_its_period_and_not_a_moment_longer() {
        given(LicenceTest.issuedHistory())
                .when(new ExecuteDisciplinaryRuling(OFFICE, "R-5", "DC-1", 5, UNTIL), SYSTEM)
                .expectEvents(SUSPENDED)
                .expectState(office -> {
                    Licence licence = office.licence();
                    assertThat(licence.conditionAt(UNTIL.minusNanos(1))).isEqualTo(LicenceCondition.SUSPENDED);
                    assertThat(licence.inForceAt(UNTIL)).isTrue();
                    assertThat(licence.explainAt(NOW)).contains("suspended until " + UNTIL);
                });
    }

    @Test
    void the_same_ruling_executed_again_records_nothing() {
        given(plus(LicenceTest.issuedHistory(), SUSPENDED))
                .when(new ExecuteDisciplinaryRuling(OFFICE, "R-5", "DC-1", 5, UNTIL), SYSTEM)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void only_the_system_executes_a_ruling() {
        given(LicenceTest.issuedHistory())
                .when(new ExecuteDisciplinaryRuling(OFFICE, "R-5", "DC-1", 5, UNTIL), LicenceTest.HEAD)
                .expectException(violates(Rule.A35_EXECUTION_BY_SYSTEM_ONLY)).expectNoEvents();
    }

    @Test
    void degree_6_revokes_and_a_reversal_on_appeal_restores() {
        LicenceRevokedByRuling revoked = new LicenceRevokedByRuling(OFFICE, "R-6", "DC-1");
        given(LicenceTest.issuedHistory())
                .when(new ExecuteDisciplinaryRuling(OFFICE, "R-6", "DC-1", 6, null), SYSTEM)
                .expectEvents(revoked)
                .expectState(office -> assertThat(office.licence().conditionAt(NOW)).isEqualTo(LicenceCondition.REVOKED));
        given(plus(LicenceTest.issuedHistory(), revoked))
                .when(new LiftDisciplinaryRuling(OFFICE, "R-6", "DC-1"), SYSTEM)
                .expectEvents(new DisciplinaryRulingLifted(OFFICE, "R-6", "DC-1"))
                .expectState(office -> assertThat(office.licence().inForceAt(NOW)).isTrue());
    }

    @Test
    void a_suspension_reversed_on_appeal_ends_at_once() {
        given(plus(LicenceTest.issuedHistory(), SUSPENDED))
                .when(new LiftDisciplinaryRuling(OFFICE, "R-5", "DC-1"), SYSTEM)
                .expectEvents(new DisciplinaryRulingLifted(OFFICE, "R-5", "DC-1"))
                .expectState(office -> assertThat(office.licence().inForceAt(NOW)).isTrue());
    }

    @Test
    void lifting_twice_or_lifting_what_was_never_executed_records_nothing() {
        given(plus(LicenceTest.issuedHistory(), SUSPENDED, new DisciplinaryRulingLifted(OFFICE, "R-5", "DC-1")))
                .when(new LiftDisciplinaryRuling(OFFICE, "R-5", "DC-1"), SYSTEM)
                .expectSuccessfulHandlerExecution().expectNoEvents();
        given(LicenceTest.issuedHistory())
                .when(new LiftDisciplinaryRuling(OFFICE, "R-9", "DC-1"), SYSTEM)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void the_sweep_records_the_end_of_a_ruling_suspension_once_its_period_is_over() {
        fixture.givenCurrentTime(NOW).andGiven(List.of(plus(LicenceTest.issuedHistory(), SUSPENDED)))
                .andGivenCurrentTime(UNTIL)
                .when(new EndLicenceSuspension(OFFICE), SYSTEM)
                .expectEvents(new LicenceSuspensionEnded(OFFICE, "R-5", UNTIL));
    }

    @Test
    void an_office_never_asked_for_a_licence_is_asked_while_a_ruling_suspends_it_and_not_after() {
        Licence licence = Office.licenceFrom(List.of(LicenceTest.REGISTERED, SUSPENDED));
        assertThat(licence.enforced()).isFalse();
        assertThat(licence.enforcedAt(NOW)).isTrue();
        assertThat(licence.conditionAt(NOW)).isEqualTo(LicenceCondition.SUSPENDED);
        assertThat(licence.enforcedAt(UNTIL)).isFalse();
        Licence revoked = Office.licenceFrom(List.of(LicenceTest.REGISTERED, new LicenceRevokedByRuling(OFFICE, "R-6", "DC-1")));
        assertThat(revoked.enforcedAt(UNTIL)).isTrue();
        assertThat(revoked.conditionAt(UNTIL)).isEqualTo(LicenceCondition.REVOKED);
    }
}
