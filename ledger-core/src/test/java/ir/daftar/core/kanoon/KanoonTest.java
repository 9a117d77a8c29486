package ir.daftar.core.kanoon;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.inspection.InspectionKind;
import ir.daftar.core.kanoon.KanoonCommand.AddInspectorToRoster;
import ir.daftar.core.kanoon.KanoonCommand.AppointBoardRepresentative;
import ir.daftar.core.kanoon.KanoonCommand.DecideBoardProposal;
import ir.daftar.core.kanoon.KanoonCommand.EndBoardMembership;
import ir.daftar.core.kanoon.KanoonCommand.FormKanoon;
import ir.daftar.core.kanoon.KanoonCommand.OrderInspection;
import ir.daftar.core.kanoon.KanoonCommand.ProposeBoardMember;
import ir.daftar.core.kanoon.KanoonCommand.ReappointBoardMember;
import ir.daftar.core.kanoon.KanoonEvent.BoardMemberAppointed;
import ir.daftar.core.kanoon.KanoonEvent.BoardMemberProposed;
import ir.daftar.core.kanoon.KanoonEvent.BoardMemberReappointed;
import ir.daftar.core.kanoon.KanoonEvent.BoardMembershipEnded;
import ir.daftar.core.kanoon.KanoonEvent.BoardProposalRefused;
import ir.daftar.core.kanoon.KanoonEvent.InspectionOrdered;
import ir.daftar.core.kanoon.KanoonEvent.InspectorAddedToRoster;
import ir.daftar.core.kanoon.KanoonEvent.KanoonFormed;
import ir.daftar.core.kanoon.KanoonEvent.OfficesMovedToKanoon;
import ir.daftar.core.kanoon.SeatClaims.Body;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A Kanoon: formation and the move of offices (A25), the board's seats and terms (A26, A23 note), orders (A28, A33). */
class KanoonTest {

    static final String TEHRAN = Kanoon.idFor("tehran");
    /** 1404/12/10 in Tehran. */
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final JalaliDate TODAY = JalaliDate.parse("1404/12/10");
    static final Map<String, String> HEAD = new Actor("0011000103", ActorRole.CENTER_HEAD, null).asMetaData();
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> COUNCIL = new Actor("0011000101", ActorRole.COUNCIL_MEMBER, null).asMetaData();
    static final String QOM_OFFICE = "OFF-QOM-1";
    static final String ISFAHAN_OFFICE = "OFF-ISF-1";
    static final String MANAGER = "0011000015";
    static final String JUDGE = "0011000023";
    static final String BOARD = "0011000031";
    static final Map<String, String> QOM_MANAGER = new Actor(MANAGER, ActorRole.OFFICE_MANAGER, QOM_OFFICE).asMetaData();
    static final Map<String, String> BOARD_MEMBER = new Actor(BOARD, ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
    static final Term TERM = Term.threeYearsFrom(TODAY);

    final Map<String, String> formed = new LinkedHashMap<>();
    final InMemorySeatClaims claims = new InMemorySeatClaims();
    AggregateTestFixture<Kanoon> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Kanoon.class);
        fixture.registerInjectableResource(new KanoonRegistry() {
            @Override
            public Map<String, String> formed() {
                return Map.copyOf(formed);
            }

            @Override
            public Map<String, String> formedForUpdate() {
                return formed();
            }

            @Override
            public void recordFormation(String kanoonId, String provinceCode, Instant at) {
                formed.put(provinceCode, kanoonId);
            }
        });
        fixture.registerInjectableResource((OfficeLocator) id -> switch (id) {
            case QOM_OFFICE -> Provinces.byCode("qom");
            case ISFAHAN_OFFICE -> Provinces.byCode("isfahan");
            default -> Optional.empty();
        });
        fixture.registerInjectableResource((OfficeDirectory) id -> QOM_OFFICE.equals(id)
                ? Optional.of(new OfficeStaffing(QOM_OFFICE, List.of(new StaffMember(new NationalCode(MANAGER), "مدیر",
                StaffRole.MANAGER, true)), MinimumStaffing.REGULATION)) : Optional.empty());
        fixture.registerInjectableResource(claims);
    }

    TestExecutor<Kanoon> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    static KanoonFormed tehranFormed() {
        return new KanoonFormed(TEHRAN, "tehran", "تهران");
    }

    static BoardMemberAppointed seated(BoardSeatKind kind, String code) {
        return new BoardMemberAppointed(TEHRAN, kind, code, "عضو", TERM, null);
    }

    @Nested
    class Formation {

        @Test
        void the_first_kanoon_covers_every_province_and_each_move_is_an_event() {
            List<Object> expected = new ArrayList<>();
            expected.add(tehranFormed());
            for (Province p : Provinces.all()) {
                expected.add(new OfficesMovedToKanoon(TEHRAN, p.code(), null));
            }
            fixture.givenCurrentTime(NOW).when(new FormKanoon(TEHRAN, "tehran"), HEAD)
                    .expectEvents(expected.toArray());
            assertThat(formed).containsEntry("tehran", TEHRAN);
        }

        @Test
        void a_new_kanoon_takes_its_province_and_those_now_nearest_to_it_from_their_kanoon() {
            formed.put("tehran", TEHRAN);
            String markazi = Kanoon.idFor("markazi");
            // computed apart from the code (spherical law of cosines): the provinces nearer to Arak than to Tehran,
            // in the reference file's order; Qom's centre is 124.86 km from Arak and 125.62 km from Tehran
            List<String> nearerToArak = List.of("west-azerbaijan", "isfahan", "ilam", "bushehr", "chaharmahal-bakhtiari",
                    "khuzestan", "fars", "qom", "kurdistan", "kermanshah", "kohgiluyeh-boyer-ahmad", "lorestan", "markazi",
                    "hormozgan", "hamadan", "yazd");
            List<Object> expected = new ArrayList<>();
            expected.add(new KanoonFormed(markazi, "markazi", "اراک"));
            for (String code : nearerToArak) {
                expected.add(new OfficesMovedToKanoon(markazi, code, TEHRAN));
            }
            fixture.givenCurrentTime(NOW).when(new FormKanoon(markazi, "markazi"), HEAD).expectEvents(expected.toArray());

            // then Qom gets its own Kanoon: Qom moves from Markazi's, and so do the provinces now nearest to Qom,
            // each from the Kanoon that covered it (Isfahan 233.6 km from Qom, 244.2 km from Arak; Kerman 757.2 km
            // from Qom, 801.8 km from Tehran; ...)
            String qom = Kanoon.idFor("qom");
            fixture.givenCurrentTime(NOW).when(new FormKanoon(qom, "qom"), HEAD)
                    .expectEvents(new KanoonFormed(qom, "qom", "قم"), new OfficesMovedToKanoon(qom, "isfahan", markazi),
                            new OfficesMovedToKanoon(qom, "sistan-baluchestan", TEHRAN),
                            new OfficesMovedToKanoon(qom, "qom", markazi), new OfficesMovedToKanoon(qom, "kerman", TEHRAN),
                            new OfficesMovedToKanoon(qom, "hormozgan", markazi), new OfficesMovedToKanoon(qom, "yazd", markazi));
        }

        @Test
        void a_province_has_one_kanoon() {
            formed.put("tehran", TEHRAN);
            fixture.givenCurrentTime(NOW).when(new FormKanoon(TEHRAN, "tehran"), HEAD)
                    .expectException(violates(Rule.A25_KANOON_ALREADY_FORMED)).expectNoEvents();
        }

        @Test
        void a_kanoon_is_formed_for_a_known_province_by_the_center_head() {
            fixture.givenCurrentTime(NOW).when(new FormKanoon("kanoon-atlantis", "atlantis"), HEAD)
                    .expectException(violates(Rule.A25_PROVINCE_UNKNOWN));
            fixture.givenCurrentTime(NOW).when(new FormKanoon(TEHRAN, "tehran"), GD)
                    .expectException(violates(Rule.A25_FORMED_BY_CENTER_HEAD_ONLY));
        }
    }

    @Nested
    class Board {

        @Test
        void a_member_proposes_an_office_manager_of_a_covered_office_and_the_center_head_seats_him_for_three_years() {
            formed.put("tehran", TEHRAN);
            BoardMemberProposed proposed = new BoardMemberProposed(TEHRAN, "P1", BoardSeatKind.OFFICE_MANAGER, MANAGER,
                    "مدیر", BoardQualification.officeManagerOf(QOM_OFFICE));
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P1", BoardSeatKind.OFFICE_MANAGER, MANAGER, "مدیر",
                    BoardQualification.officeManagerOf(QOM_OFFICE)), QOM_MANAGER).expectEvents(proposed);
            given(tehranFormed(), proposed).when(new DecideBoardProposal(TEHRAN, "P1", true, null), HEAD)
                    .expectEvents(new BoardMemberAppointed(TEHRAN, BoardSeatKind.OFFICE_MANAGER, MANAGER, "مدیر",
                            new Term(TODAY, JalaliDate.parse("1407/12/10")), "P1"));
            assertThat(claims.claims).singleElement().satisfies(c -> {
                assertThat(c.body()).isEqualTo(Body.KANOON_BOARD);
                assertThat(c.until()).isEqualTo(JalaliDate.parse("1407/12/10").toGregorian());
            });
        }

        @Test
        void an_office_manager_seat_needs_the_manager_of_an_office_the_kanoon_covers() {
            formed.put("tehran", TEHRAN);
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P1", BoardSeatKind.OFFICE_MANAGER, JUDGE, "دیگری",
                    BoardQualification.officeManagerOf(QOM_OFFICE)), QOM_MANAGER)
                    .expectException(violates(Rule.A26_NOT_AN_OFFICE_MANAGER)).expectNoEvents();
            // once Qom has its own Kanoon, Tehran's no longer covers the office, nor its manager's proposals
            formed.put("qom", Kanoon.idFor("qom"));
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P1", BoardSeatKind.OFFICE_MANAGER, MANAGER, "مدیر",
                    BoardQualification.officeManagerOf(QOM_OFFICE)), QOM_MANAGER)
                    .expectException(violates(Rule.A26_PROPOSER_NOT_ENTITLED)).expectNoEvents();
        }

        @Test
        void a_judge_is_proposed_by_the_council_with_ten_years_of_service() {
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P2", BoardSeatKind.JUDGE, JUDGE, "قاضی",
                    BoardQualification.judgeSince(JalaliDate.parse("1394/12/10"))), COUNCIL)
                    .expectEvents(new BoardMemberProposed(TEHRAN, "P2", BoardSeatKind.JUDGE, JUDGE, "قاضی",
                            BoardQualification.judgeSince(JalaliDate.parse("1394/12/10"))));
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P2", BoardSeatKind.JUDGE, JUDGE, "قاضی",
                    BoardQualification.judgeSince(JalaliDate.parse("1394/12/11"))), COUNCIL)
                    .expectException(violates(Rule.A26_JUDICIAL_SERVICE_UNDER_TEN_YEARS));
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P2", BoardSeatKind.JUDGE, JUDGE, "قاضی",
                    BoardQualification.judgeSince(JalaliDate.parse("1380/01/01"))), QOM_MANAGER)
                    .expectException(violates(Rule.A26_PROPOSER_NOT_ENTITLED));
        }

        @Test
        void the_managing_director_is_elected_and_representatives_are_named_not_proposed() {
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P3", BoardSeatKind.MANAGING_DIRECTOR, JUDGE, "م",
                    null), COUNCIL).expectException(violates(Rule.A27_MANAGING_DIRECTOR_ELECTED));
            given(tehranFormed()).when(new AppointBoardRepresentative(TEHRAN, BoardSeatKind.MANAGING_DIRECTOR, JUDGE, "م"),
                    HEAD).expectException(violates(Rule.A27_MANAGING_DIRECTOR_ELECTED));
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P3", BoardSeatKind.GD_REPRESENTATIVE, JUDGE, "م",
                    null), COUNCIL).expectException(violates(Rule.A26_SEAT_NOT_BY_PROPOSAL));
            given(tehranFormed()).when(new AppointBoardRepresentative(TEHRAN, BoardSeatKind.GD_REPRESENTATIVE, JUDGE, "م"),
                    HEAD).expectException(violates(Rule.A26_PROPOSER_NOT_ENTITLED));
            given(tehranFormed()).when(new AppointBoardRepresentative(TEHRAN, BoardSeatKind.GD_REPRESENTATIVE, JUDGE, "م"),
                    GD).expectEvents(new BoardMemberAppointed(TEHRAN, BoardSeatKind.GD_REPRESENTATIVE, JUDGE, "م", TERM, null));
        }

        @Test
        void seats_are_counted_by_kind() {
            given(tehranFormed(), seated(BoardSeatKind.CENTER_REPRESENTATIVE, BOARD))
                    .when(new AppointBoardRepresentative(TEHRAN, BoardSeatKind.CENTER_REPRESENTATIVE, JUDGE, "م"), HEAD)
                    .expectException(violates(Rule.A26_SEATS_FULL));
            given(tehranFormed(), seated(BoardSeatKind.GD_REPRESENTATIVE, BOARD))
                    .when(new AppointBoardRepresentative(TEHRAN, BoardSeatKind.CENTER_REPRESENTATIVE, BOARD, "م"), HEAD)
                    .expectException(violates(Rule.A26_ALREADY_ON_BOARD));
        }

        @Test
        void a_seat_whose_term_has_ended_is_free_again() {
            BoardMemberAppointed old = new BoardMemberAppointed(TEHRAN, BoardSeatKind.CENTER_REPRESENTATIVE, BOARD, "م",
                    new Term(JalaliDate.parse("1401/12/10"), JalaliDate.parse("1404/12/10")), null);
            given(tehranFormed(), old)
                    .when(new AppointBoardRepresentative(TEHRAN, BoardSeatKind.CENTER_REPRESENTATIVE, JUDGE, "م"), HEAD)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_refusal_states_reasons_and_a_proposal_is_decided_once() {
            BoardMemberProposed proposed = new BoardMemberProposed(TEHRAN, "P2", BoardSeatKind.JUDGE, JUDGE, "قاضی",
                    BoardQualification.judgeSince(JalaliDate.parse("1380/01/01")));
            given(tehranFormed(), proposed).when(new DecideBoardProposal(TEHRAN, "P2", false, " "), HEAD)
                    .expectException(violates(Rule.A26_REASON_REQUIRED));
            given(tehranFormed(), proposed).when(new DecideBoardProposal(TEHRAN, "P2", false, "سابقه ناکافی"), HEAD)
                    .expectEvents(new BoardProposalRefused(TEHRAN, "P2", "سابقه ناکافی"));
            given(tehranFormed(), proposed, new BoardProposalRefused(TEHRAN, "P2", "x"))
                    .when(new DecideBoardProposal(TEHRAN, "P2", true, null), HEAD)
                    .expectException(violates(Rule.A26_PROPOSAL_ALREADY_DECIDED));
            given(tehranFormed(), proposed).when(new DecideBoardProposal(TEHRAN, "P2", true, null), GD)
                    .expectException(violates(Rule.A26_APPROVAL_BY_CENTER_HEAD_ONLY));
            given(tehranFormed()).when(new DecideBoardProposal(TEHRAN, "P9", true, null), HEAD)
                    .expectException(violates(Rule.A26_PROPOSAL_UNKNOWN));
        }

        @Test
        void a_member_is_reappointed_in_the_last_180_days_of_the_term_for_three_more_years() {
            Term ending = new Term(JalaliDate.parse("1401/12/20"), JalaliDate.parse("1404/12/20"));
            BoardMemberAppointed seated = new BoardMemberAppointed(TEHRAN, BoardSeatKind.JUDGE, JUDGE, "قاضی", ending, "P2");
            given(tehranFormed(), seated).when(new ReappointBoardMember(TEHRAN, JUDGE), HEAD)
                    .expectEvents(new BoardMemberReappointed(TEHRAN, JUDGE,
                            new Term(JalaliDate.parse("1404/12/20"), JalaliDate.parse("1407/12/20"))));
            given(tehranFormed(), seated(BoardSeatKind.JUDGE, JUDGE)).when(new ReappointBoardMember(TEHRAN, JUDGE), HEAD)
                    .expectException(violates(Rule.A26_REAPPOINTMENT_NOT_DUE));
        }

        @Test
        void a_term_ending_within_180_days_is_visible_ahead_from_the_state() {
            Term ending = new Term(JalaliDate.parse("1401/12/20"), JalaliDate.parse("1404/12/20"));
            Kanoon.State state = Kanoon.stateFrom(List.of(tehranFormed(),
                    new BoardMemberAppointed(TEHRAN, BoardSeatKind.JUDGE, JUDGE, "قاضی", ending, "P2")));
            assertThat(state.seats()).singleElement().satisfies(s -> assertThat(s.term().daysLeftOn(TODAY)).isEqualTo(10));
        }

        @Test
        void an_early_end_releases_the_claim_from_that_day() {
            claims.claim(JUDGE, Body.KANOON_BOARD, TEHRAN, TERM.startDay().minusYears(1), TERM.endDay());
            // a re-appointment's term, not begun yet, goes with it
            claims.claim(JUDGE, Body.KANOON_BOARD, TEHRAN, TERM.endDay(), TERM.endDay().plusYears(3));
            given(tehranFormed(), seated(BoardSeatKind.JUDGE, JUDGE)).when(new EndBoardMembership(TEHRAN, JUDGE, "استعفا"),
                    HEAD).expectEvents(new BoardMembershipEnded(TEHRAN, JUDGE, BoardSeatKind.JUDGE, "استعفا"));
            assertThat(claims.claims).singleElement().satisfies(c -> assertThat(c.until()).isEqualTo(TODAY.toGregorian()));
        }

        @Test
        void a_council_member_is_refused_a_board_seat_at_proposal_and_at_approval() {
            LocalDate from = TODAY.toGregorian();
            claims.claim(JUDGE, Body.COUNCIL, Council.ID, from, from.plusYears(2));
            given(tehranFormed()).when(new ProposeBoardMember(TEHRAN, "P2", BoardSeatKind.JUDGE, JUDGE, "قاضی",
                    BoardQualification.judgeSince(JalaliDate.parse("1380/01/01"))), COUNCIL)
                    .expectException(violates(Rule.A23_COUNCIL_MEMBER_NOT_ON_BOARD)).expectNoEvents();
            given(tehranFormed(), new BoardMemberProposed(TEHRAN, "P2", BoardSeatKind.JUDGE, JUDGE, "قاضی",
                    BoardQualification.judgeSince(JalaliDate.parse("1380/01/01"))))
                    .when(new DecideBoardProposal(TEHRAN, "P2", true, null), HEAD)
                    .expectException(violates(Rule.A23_COUNCIL_MEMBER_NOT_ON_BOARD)).expectNoEvents();
            given(tehranFormed()).when(new AppointBoardRepresentative(TEHRAN, BoardSeatKind.GD_REPRESENTATIVE, JUDGE, "م"),
                    GD).expectException(violates(Rule.A23_COUNCIL_MEMBER_NOT_ON_BOARD)).expectNoEvents();
        }
    }

    @Nested
    class Orders {

        static final Instant FROM = Instant.parse("2025-03-21T00:00:00Z");
        static final Instant TO = Instant.parse("2025-09-22T00:00:00Z");

        TestExecutor<Kanoon> withBoardAndRoster() {
            formed.put("tehran", TEHRAN);
            return given(tehranFormed(), seated(BoardSeatKind.CENTER_REPRESENTATIVE, BOARD),
                    new InspectorAddedToRoster(TEHRAN, "INS-A", "الف"), new InspectorAddedToRoster(TEHRAN, "INS-B", "ب"));
        }

        @Test
        void a_board_member_orders_an_inspection_of_a_covered_office_by_inspectors_of_the_roster() {
            withBoardAndRoster().when(new OrderInspection(TEHRAN, "ORD-1", InspectionKind.PERIODIC, QOM_OFFICE, FROM, TO,
                    List.of("INS-A", "INS-B")), BOARD_MEMBER)
                    .expectEvents(new InspectionOrdered(TEHRAN, "ORD-1", InspectionKind.PERIODIC, QOM_OFFICE, FROM, TO,
                            List.of("INS-A", "INS-B"), BOARD));
        }

        @Test
        void an_inspector_off_the_roster_an_uncovered_office_or_a_non_member_are_refused() {
            withBoardAndRoster().when(new OrderInspection(TEHRAN, "ORD-1", InspectionKind.AD_HOC, QOM_OFFICE, FROM, TO,
                    List.of("INS-A", "INS-C")), BOARD_MEMBER).expectException(violates(Rule.A28_INSPECTOR_NOT_ON_ROSTER));
            formed.put("isfahan", Kanoon.idFor("isfahan"));
            withBoardAndRoster().when(new OrderInspection(TEHRAN, "ORD-1", InspectionKind.AD_HOC, ISFAHAN_OFFICE, FROM, TO,
                    List.of("INS-A")), BOARD_MEMBER).expectException(violates(Rule.A28_OFFICE_NOT_COVERED));
            withBoardAndRoster().when(new OrderInspection(TEHRAN, "ORD-1", InspectionKind.AD_HOC, QOM_OFFICE, FROM, TO,
                    List.of("INS-A")), new Actor(JUDGE, ActorRole.KANOON_BOARD_MEMBER, null).asMetaData())
                    .expectException(violates(Rule.A28_BOARD_MEMBER_ONLY));
            withBoardAndRoster().when(new AddInspectorToRoster(TEHRAN, "INS-C", "ج"), GD)
                    .expectException(violates(Rule.A28_BOARD_MEMBER_ONLY));
            withBoardAndRoster().when(new OrderInspection(TEHRAN, "ORD-1", InspectionKind.AD_HOC, QOM_OFFICE, TO, FROM,
                    List.of("INS-A")), BOARD_MEMBER).expectException(violates(Rule.A33_PERIOD_INVALID));
        }
    }
}
