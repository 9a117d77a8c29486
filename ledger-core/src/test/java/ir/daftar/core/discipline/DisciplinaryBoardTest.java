package ir.daftar.core.discipline;

import static ir.daftar.core.testing.RuleMatchers.violates;

import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.discipline.BoardCommand.ConstituteBoard;
import ir.daftar.core.discipline.BoardCommand.ElectChair;
import ir.daftar.core.discipline.BoardEvent.BoardChairElected;
import ir.daftar.core.discipline.BoardEvent.BoardConstituted;
import ir.daftar.core.kanoon.InMemorySeatClaims;
import ir.daftar.core.kanoon.SeatClaims.Body;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A34: the boards' composition and the election of their chair. */
class DisciplinaryBoardTest {

    static final Map<String, String> HEAD = new Actor("0011000103", ActorRole.CENTER_HEAD, null).asMetaData();
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final BoardMember J1 = new BoardMember("J1", BoardSeat.JUDGE, "قاضی یکم", null);
    static final BoardMember J2 = new BoardMember("J2", BoardSeat.JUDGE, "قاضی دوم", null);
    static final BoardMember J3 = new BoardMember("J3", BoardSeat.JUDGE, "قاضی سوم", null);
    static final BoardMember K1 = new BoardMember("K1", BoardSeat.KANOON_REPRESENTATIVE, "نماینده کانون", false);
    static final BoardMember G1 = new BoardMember("G1", BoardSeat.GD_REPRESENTATIVE, "نماینده اداره کل", null);

    private AggregateTestFixture<DisciplinaryBoard> fixture;
    private InMemorySeatClaims seats;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DisciplinaryBoard.class);
        seats = new InMemorySeatClaims();
        fixture.registerInjectableResource(seats);
    }

    static Map<String, String> member(String id) {
        return new Actor(id, ActorRole.BOARD_MEMBER, null).asMetaData();
    }

    @Nested
    class Constitution {

        @Test
        void a_primary_board_is_two_judges_and_a_kanoon_representative_not_on_the_kanoon_board() {
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, K1)), HEAD)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new BoardConstituted("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, K1)));
        }

        @Test
        void an_appeal_board_is_two_judges_and_a_gd_representative() {
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("A1", BoardLevel.APPEAL, "تهران", List.of(J1, J2, G1)), HEAD)
                    .expectEvents(new BoardConstituted("A1", BoardLevel.APPEAL, "تهران", List.of(J1, J2, G1)));
        }

        @Test
        void only_the_center_head_constitutes_a_board() {
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, K1)), GD)
                    .expectException(violates(Rule.A34_BOARD_BY_CENTER_HEAD_ONLY)).expectNoEvents();
        }

        @Test
        void three_judges_are_not_a_board() {
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, J3)), HEAD)
                    .expectException(violates(Rule.A34_BOARD_COMPOSITION)).expectNoEvents();
        }

        @Test
        void an_appeal_board_has_a_gd_representative_not_a_kanoon_one() {
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("A1", BoardLevel.APPEAL, "تهران", List.of(J1, J2, K1)), HEAD)
                    .expectException(violates(Rule.A34_BOARD_COMPOSITION)).expectNoEvents();
        }

        @Test
        void the_same_person_twice_is_not_two_judges() {
            BoardMember again = new BoardMember("J1", BoardSeat.JUDGE, "قاضی یکم", null);
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, again, K1)), HEAD)
                    .expectException(violates(Rule.A34_BOARD_COMPOSITION)).expectNoEvents();
        }

        @Test
        void a_kanoon_board_member_cannot_be_the_kanoons_representative() {
            BoardMember onKanoonBoard = new BoardMember("K2", BoardSeat.KANOON_REPRESENTATIVE, "عضو هیأت مدیره", true);
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, onKanoonBoard)), HEAD)
                    .expectException(violates(Rule.A34_KANOON_REPRESENTATIVE_ON_KANOON_BOARD)).expectNoEvents();
        }

        @Test
        void a_representative_seated_on_a_kanoon_board_that_day_is_refused_whatever_is_declared() {
            LocalDate today = fixture.currentTime().atZone(TehranTime.ZONE).toLocalDate();
            seats.claim("K1", Body.KANOON_BOARD, "kanoon-yazd", today.minusYears(1), today.plusYears(2));
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, K1)), HEAD)
                    .expectException(violates(Rule.A34_KANOON_REPRESENTATIVE_ON_KANOON_BOARD))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("kanoon-yazd"))
                    .expectNoEvents();
        }

        @Test
        void a_seat_left_before_the_day_does_not_bar_the_representative_and_the_event_records_the_check() {
            LocalDate today = fixture.currentTime().atZone(TehranTime.ZONE).toLocalDate();
            seats.claim("K2", Body.KANOON_BOARD, "kanoon-yazd", today.minusYears(3), today);
            BoardMember undeclared = new BoardMember("K2", BoardSeat.KANOON_REPRESENTATIVE, "نماینده", null);
            BoardMember checked = new BoardMember("K2", BoardSeat.KANOON_REPRESENTATIVE, "نماینده", false);
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, undeclared)), HEAD)
                    .expectEvents(new BoardConstituted("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, checked)));
        }

        @Test
        void a_seat_on_the_council_is_not_a_kanoon_board_seat() {
            LocalDate today = fixture.currentTime().atZone(TehranTime.ZONE).toLocalDate();
            seats.claim("K1", Body.COUNCIL, "council", today.minusYears(1), today.plusYears(2));
            fixture.givenNoPriorActivity()
                    .when(new ConstituteBoard("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, K1)), HEAD)
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Chair {

        final BoardConstituted constituted = new BoardConstituted("P1", BoardLevel.PRIMARY, "تهران", List.of(J1, J2, K1));

        @Test
        void a_judge_with_a_majority_of_the_members_is_chair() {
            Map<String, String> votes = Map.of("J1", "J1", "J2", "J1", "K1", "J2");
            fixture.given(constituted)
                    .when(new ElectChair("P1", votes), member("J2"))
                    .expectEvents(new BoardChairElected("P1", "J1", new java.util.TreeMap<>(votes)));
        }

        @Test
        void no_majority_no_chair() {
            fixture.given(constituted)
                    .when(new ElectChair("P1", Map.of("J1", "J1", "J2", "J2")), member("J1"))
                    .expectException(violates(Rule.A34_CHAIR_NOT_ELECTED)).expectNoEvents();
        }

        @Test
        void the_chair_is_one_of_the_judges() {
            fixture.given(constituted)
                    .when(new ElectChair("P1", Map.of("J1", "K1", "J2", "K1", "K1", "K1")), member("J1"))
                    .expectException(violates(Rule.A34_CHAIR_NOT_ELECTED)).expectNoEvents();
        }

        @Test
        void only_members_vote() {
            fixture.given(constituted)
                    .when(new ElectChair("P1", Map.of("J1", "J1", "X9", "J1")), member("J1"))
                    .expectException(violates(Rule.A34_CHAIR_NOT_ELECTED)).expectNoEvents();
        }

        @Test
        void an_outsider_does_not_record_the_election() {
            fixture.given(constituted)
                    .when(new ElectChair("P1", Map.of("J1", "J1", "J2", "J1")), member("X9"))
                    .expectException(violates(Rule.A34_CHAIR_ONLY)).expectNoEvents();
        }
    }
}
