package ir.daftar.core.kanoon;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.kanoon.CouncilCommand.DecideCouncilProposal;
import ir.daftar.core.kanoon.CouncilCommand.EndCouncilMembership;
import ir.daftar.core.kanoon.CouncilCommand.ProposeCouncilMember;
import ir.daftar.core.kanoon.CouncilEvent.CouncilMemberAppointed;
import ir.daftar.core.kanoon.CouncilEvent.CouncilMemberProposed;
import ir.daftar.core.kanoon.CouncilEvent.CouncilMembershipEnded;
import ir.daftar.core.kanoon.CouncilEvent.CouncilProposalRefused;
import ir.daftar.core.kanoon.SeatClaims.Body;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Council's five seats (A23) and the note: no Council member on a Kanoon board at the same time, both ways. */
class CouncilTest {

    static final Instant NOW = KanoonTest.NOW;
    static final JalaliDate TODAY = KanoonTest.TODAY;
    static final JalaliDate END = JalaliDate.parse("1408/12/10");
    static final Map<String, String> GD = KanoonTest.GD;
    static final Map<String, String> HEAD = KanoonTest.HEAD;
    static final String PERSON = "0011000023";

    final InMemorySeatClaims claims = new InMemorySeatClaims();
    AggregateTestFixture<Council> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Council.class);
        fixture.registerInjectableResource(claims);
    }

    TestExecutor<Council> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    static CouncilMemberProposed proposed(String id, String code) {
        return new CouncilMemberProposed(Council.ID, id, code, "عضو شورا", END);
    }

    static CouncilMemberAppointed appointed(String id, String code) {
        return new CouncilMemberAppointed(Council.ID, id, code, "عضو شورا", new Term(TODAY, END));
    }

    @Test
    void the_gd_proposes_and_the_center_head_appoints_for_the_term_proposed() {
        fixture.givenCurrentTime(NOW).when(new ProposeCouncilMember(Council.ID, "C1", PERSON, "عضو شورا", END), GD)
                .expectEvents(proposed("C1", PERSON));
        given(proposed("C1", PERSON)).when(new DecideCouncilProposal(Council.ID, "C1", true, null), HEAD)
                .expectEvents(appointed("C1", PERSON));
        assertThat(claims.claims).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo(Body.COUNCIL);
            assertThat(c.until()).isEqualTo(END.toGregorian());
        });
    }

    @Test
    void only_the_gd_proposes_and_only_the_center_head_appoints() {
        fixture.givenCurrentTime(NOW).when(new ProposeCouncilMember(Council.ID, "C1", PERSON, "عضو", END), HEAD)
                .expectException(violates(Rule.A23_PROPOSAL_BY_GD_ONLY));
        given(proposed("C1", PERSON)).when(new DecideCouncilProposal(Council.ID, "C1", true, null), GD)
                .expectException(violates(Rule.A23_APPOINTMENT_BY_CENTER_HEAD_ONLY));
        given(proposed("C1", PERSON)).when(new DecideCouncilProposal(Council.ID, "C1", false, "سابقه"), HEAD)
                .expectEvents(new CouncilProposalRefused(Council.ID, "C1", "سابقه"));
    }

    @Test
    void the_council_has_five_seats() {
        List<Object> five = new ArrayList<>();
        String[] codes = {"0011000015", "0011000031", "0011000041", "0011000058", "0011000066"};
        for (int i = 0; i < codes.length; i++) {
            five.add(proposed("C" + i, codes[i]));
            five.add(appointed("C" + i, codes[i]));
        }
        five.add(proposed("C9", PERSON));
        given(five.toArray()).when(new DecideCouncilProposal(Council.ID, "C9", true, null), HEAD)
                .expectException(violates(Rule.A23_COUNCIL_FULL)).expectNoEvents();
    }

    @Test
    void a_term_ends_after_today_and_within_five_years() {
        fixture.givenCurrentTime(NOW).when(new ProposeCouncilMember(Council.ID, "C1", PERSON, "عضو", TODAY), GD)
                .expectException(violates(Rule.A23_TERM_INVALID));
        fixture.givenCurrentTime(NOW).when(new ProposeCouncilMember(Council.ID, "C1", PERSON, "عضو",
                JalaliDate.parse("1409/12/11")), GD).expectException(violates(Rule.A23_TERM_INVALID));
    }

    @Test
    void a_kanoon_board_member_is_refused_a_council_seat_at_proposal_and_at_appointment() {
        claims.claim(PERSON, Body.KANOON_BOARD, Kanoon.idFor("tehran"), TODAY.toGregorian(),
                TODAY.toGregorian().plusYears(3));
        fixture.givenCurrentTime(NOW).when(new ProposeCouncilMember(Council.ID, "C1", PERSON, "عضو", END), GD)
                .expectException(violates(Rule.A23_BOARD_MEMBER_NOT_ON_COUNCIL)).expectNoEvents();
        given(proposed("C1", PERSON)).when(new DecideCouncilProposal(Council.ID, "C1", true, null), HEAD)
                .expectException(violates(Rule.A23_BOARD_MEMBER_NOT_ON_COUNCIL)).expectNoEvents();
    }

    @Test
    void a_board_seat_that_ended_before_the_council_term_does_not_stand_in_the_way() {
        claims.claim(PERSON, Body.KANOON_BOARD, Kanoon.idFor("tehran"), TODAY.toGregorian().minusYears(3),
                TODAY.toGregorian());
        given(proposed("C1", PERSON)).when(new DecideCouncilProposal(Council.ID, "C1", true, null), HEAD)
                .expectEvents(appointed("C1", PERSON));
    }

    @Test
    void a_member_who_leaves_early_may_then_take_a_board_seat() {
        claims.claim(PERSON, Body.COUNCIL, Council.ID, TODAY.toGregorian(), END.toGregorian());
        given(proposed("C1", PERSON), appointed("C1", PERSON))
                .when(new EndCouncilMembership(Council.ID, PERSON, "استعفا"), HEAD)
                .expectEvents(new CouncilMembershipEnded(Council.ID, PERSON, "استعفا"));
        assertThat(claims.conflicting(PERSON, Body.KANOON_BOARD, TODAY.toGregorian(), END.toGregorian())).isEmpty();
        assertThat(claims.claims).as("a seat left the day it was taken leaves no claim").isEmpty();
    }

    @Test
    void members_sitting_on_a_day_are_read_from_the_events() {
        assertThat(Council.membersFrom(List.of(proposed("C1", PERSON), appointed("C1", PERSON)), TODAY))
                .extracting(CouncilMemberAppointed::nationalCode).containsExactly(PERSON);
        assertThat(Council.membersFrom(List.of(proposed("C1", PERSON), appointed("C1", PERSON)), END)).isEmpty();
    }

    @Test
    void a_kanoon_board_member_is_known_to_the_discipline_query() {
        claims.claim(PERSON, Body.KANOON_BOARD, Kanoon.idFor("tehran"), TODAY.toGregorian(),
                TODAY.toGregorian().plusYears(3));
        assertThat(claims.sitsOnAKanoonBoard(PERSON, TODAY.toGregorian())).isTrue();
        assertThat(claims.sitsOnAKanoonBoard(PERSON, TODAY.toGregorian().plusYears(3))).isFalse();
        assertThat(claims.sitsOnAKanoonBoard("0011000015", TODAY.toGregorian())).isFalse();
    }
}
