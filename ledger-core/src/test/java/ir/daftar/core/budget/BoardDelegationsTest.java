package ir.daftar.core.budget;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.budget.DelegationCommand.DelegateDuty;
import ir.daftar.core.budget.DelegationCommand.WithdrawDelegation;
import ir.daftar.core.budget.DelegationEvent.DelegationWithdrawn;
import ir.daftar.core.budget.DelegationEvent.DutyDelegated;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A30: the GD delegates executive duties to a Kanoon's board, with dates, and withdraws them. */
class BoardDelegationsTest {

    static final String KANOON = Kanoon.idFor("tehran");
    static final String ID = BoardDelegations.idFor(KANOON);
    /** 1404/12/10 in Tehran. */
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final JalaliDate TODAY = JalaliDate.parse("1404/12/10");
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> BOARD = new Actor("0011000031", ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
    static final String DUTY = "بررسی درخواست‌های جابجایی دفاتر استان قم";
    static final DutyDelegated DELEGATED = new DutyDelegated(ID, KANOON, "DEL-1", DUTY, TODAY,
            JalaliDate.parse("1405/12/10"));

    AggregateTestFixture<BoardDelegations> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BoardDelegations.class);
        fixture.registerInjectableResource(new KanoonRegistry() {
            @Override
            public Map<String, String> formed() {
                return Map.of("tehran", KANOON);
            }

            @Override
            public Map<String, String> formedForUpdate() {
                return formed();
            }

            @Override
            public void recordFormation(String kanoonId, String provinceCode, Instant at) {
                throw new UnsupportedOperationException();
            }
        });
    }

    @Test
    void the_gd_delegates_a_duty_for_dates() {
        fixture.givenCurrentTime(NOW).when(new DelegateDuty(ID, KANOON, "DEL-1", DUTY, TODAY, JalaliDate.parse("1405/12/10")), GD)
                .expectEvents(DELEGATED);
    }

    @Test
    void only_the_gd_delegates_and_withdraws() {
        fixture.givenCurrentTime(NOW).when(new DelegateDuty(ID, KANOON, "DEL-1", DUTY, TODAY, JalaliDate.parse("1405/12/10")), BOARD)
                .expectException(violates(Rule.A30_DELEGATION_BY_GD_ONLY));
        fixture.givenCurrentTime(NOW).andGiven(DELEGATED).when(new WithdrawDelegation(ID, "DEL-1", "پایان نیاز"), BOARD)
                .expectException(violates(Rule.A30_DELEGATION_BY_GD_ONLY));
    }

    @Test
    void a_delegation_is_to_the_board_of_a_kanoon_formed() {
        String qom = Kanoon.idFor("qom");
        fixture.givenCurrentTime(NOW).when(new DelegateDuty(BoardDelegations.idFor(qom), qom, "DEL-1", DUTY, TODAY,
                        JalaliDate.parse("1405/12/10")), GD)
                .expectException(violates(Rule.A30_DELEGATION_INVALID));
    }

    @Test
    void a_delegation_ends_after_it_starts_and_not_in_the_past() {
        fixture.givenCurrentTime(NOW).when(new DelegateDuty(ID, KANOON, "DEL-1", DUTY, TODAY, TODAY), GD)
                .expectException(violates(Rule.A30_DELEGATION_INVALID));
        fixture.givenCurrentTime(NOW).when(new DelegateDuty(ID, KANOON, "DEL-1", DUTY, JalaliDate.parse("1404/01/01"),
                        TODAY), GD)
                .expectException(violates(Rule.A30_DELEGATION_INVALID));
        fixture.givenCurrentTime(NOW).andGiven(DELEGATED)
                .when(new DelegateDuty(ID, KANOON, "DEL-1", DUTY, TODAY, JalaliDate.parse("1405/01/01")), GD)
                .expectException(violates(Rule.A30_DELEGATION_INVALID));
    }

    @Test
    void a_withdrawal_ends_the_delegation_today_once() {
        fixture.givenCurrentTime(NOW).andGiven(DELEGATED).when(new WithdrawDelegation(ID, "DEL-1", "پایان نیاز"), GD)
                .expectEvents(new DelegationWithdrawn(ID, "DEL-1", TODAY, "پایان نیاز"));
        fixture.givenCurrentTime(NOW).andGiven(DELEGATED, new DelegationWithdrawn(ID, "DEL-1", TODAY, "پایان نیاز"))
                .when(new WithdrawDelegation(ID, "DEL-1", "دوباره"), GD)
                .expectException(violates(Rule.A30_DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void in_force_on_a_day_is_within_the_dates_and_before_the_withdrawal() {
        List<BoardDelegations.Delegation> delegations = BoardDelegations.from(List.of(DELEGATED,
                new DelegationWithdrawn(ID, "DEL-1", JalaliDate.parse("1405/06/01"), "پایان نیاز")));
        assertThat(BoardDelegations.inForceOn(delegations, JalaliDate.parse("1404/12/09"))).isEmpty();
        assertThat(BoardDelegations.inForceOn(delegations, TODAY)).hasSize(1);
        assertThat(BoardDelegations.inForceOn(delegations, JalaliDate.parse("1405/05/31"))).hasSize(1);
        assertThat(BoardDelegations.inForceOn(delegations, JalaliDate.parse("1405/06/01"))).isEmpty();
    }
}
