package ir.daftar.core.kanoon;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.Rule;
import ir.daftar.core.kanoon.KanoonBoardCommand.AttendMeeting;
import ir.daftar.core.kanoon.KanoonBoardCommand.CastBallot;
import ir.daftar.core.kanoon.KanoonBoardCommand.CloseElection;
import ir.daftar.core.kanoon.KanoonBoardCommand.ConveneMeeting;
import ir.daftar.core.kanoon.KanoonBoardCommand.DraftLetter;
import ir.daftar.core.kanoon.KanoonBoardCommand.IssueLetter;
import ir.daftar.core.kanoon.KanoonBoardCommand.NameDeputy;
import ir.daftar.core.kanoon.KanoonBoardCommand.OpenElection;
import ir.daftar.core.kanoon.KanoonBoardCommand.PutMotion;
import ir.daftar.core.kanoon.KanoonBoardCommand.SignLetter;
import ir.daftar.core.kanoon.KanoonBoardEvent.BallotCast;
import ir.daftar.core.kanoon.KanoonBoardEvent.ElectionCounted;
import ir.daftar.core.kanoon.KanoonBoardEvent.ElectionOpened;
import ir.daftar.core.kanoon.KanoonBoardEvent.LetterIssued;
import ir.daftar.core.kanoon.KanoonBoardEvent.LetterSigned;
import ir.daftar.core.kanoon.KanoonBoardEvent.ManagingDirectorDeputyNamed;
import ir.daftar.core.kanoon.KanoonBoardEvent.MeetingConvened;
import ir.daftar.core.kanoon.KanoonBoardEvent.MemberAttended;
import ir.daftar.core.kanoon.KanoonBoardEvent.MotionDecided;
import ir.daftar.core.testing.NationalCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The board's acts (A27; ADR 1310): quorum and majority of all members, the secret-ballot elections of the managing
 * director, the chair and the treasurer, the letters' signatures and the managing director's deputy.
 */
class KanoonBoardTest {

    static final String KANOON = Kanoon.idFor("tehran");
    static final String BOARD = KanoonBoard.idFor(KANOON);
    /** 1404/12/10 in Tehran. */
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final JalaliDate TODAY = JalaliDate.parse("1404/12/10");
    static final Term TERM = Term.threeYearsFrom(TODAY);
    static final String OM1 = NationalCodes.withCheckDigit("001200001");
    static final String OM2 = NationalCodes.withCheckDigit("001200002");
    static final String JUDGE1 = NationalCodes.withCheckDigit("001200003");
    static final String JUDGE2 = NationalCodes.withCheckDigit("001200004");
    static final String GD_REP = NationalCodes.withCheckDigit("001200005");
    static final String CENTER_REP = NationalCodes.withCheckDigit("001200006");
    static final String OUTSIDER = NationalCodes.withCheckDigit("001200007");
    static final String DEPUTY = NationalCodes.withCheckDigit("001200008");
    static final List<String> MEMBERS = List.of(OM1, OM2, JUDGE1, JUDGE2, GD_REP, CENTER_REP);
    static final String MEETING = "KM-1404-01";

    final List<BoardSeat> seats = new ArrayList<>(List.of(
            new BoardSeat(BoardSeatKind.OFFICE_MANAGER, OM1, "مدیر یکم", TERM),
            new BoardSeat(BoardSeatKind.OFFICE_MANAGER, OM2, "مدیر دوم", TERM),
            new BoardSeat(BoardSeatKind.JUDGE, JUDGE1, "قاضی یکم", TERM),
            new BoardSeat(BoardSeatKind.JUDGE, JUDGE2, "قاضی دوم", TERM),
            new BoardSeat(BoardSeatKind.GD_REPRESENTATIVE, GD_REP, "نماینده اداره کل", TERM),
            new BoardSeat(BoardSeatKind.CENTER_REPRESENTATIVE, CENTER_REP, "نماینده مرکز", TERM)));
    final InMemoryBallotBox box = new InMemoryBallotBox();
    AggregateTestFixture<KanoonBoard> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(KanoonBoard.class);
        fixture.registerInjectableResource((BoardRoll) (kanoonId, day) -> KANOON.equals(kanoonId)
                ? seats.stream().filter(s -> s.term().heldOn(day)).toList() : List.of());
        fixture.registerInjectableResource(box);
        // as the application does: the command's actor and request copied onto every event it causes
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(new SimpleCorrelationDataProvider(
                MetaDataKeys.ACTOR_ID, MetaDataKeys.ACTOR_ROLE, MetaDataKeys.OFFICE_ID, MetaDataKeys.REQUEST_ID)));
    }

    static Map<String, String> as(String member) {
        Map<String, String> meta = new LinkedHashMap<>(new Actor(member, ActorRole.KANOON_BOARD_MEMBER, null).asMetaData());
        meta.put(MetaDataKeys.REQUEST_ID, "request-of-" + member);
        return meta;
    }

    static MeetingConvened convened() {
        return new MeetingConvened(KANOON, MEETING, "انتخاب مدیرعامل، رئیس و خزانه‌دار", TODAY, MEMBERS, OM1);
    }

    static List<Object> present(String... members) {
        List<Object> events = new ArrayList<>();
        for (String m : members) {
            events.add(new MemberAttended(KANOON, MEETING, m));
        }
        return events;
    }

    static List<Object> history(Object... parts) {
        List<Object> events = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                events.addAll(list);
            } else {
                events.add(part);
            }
        }
        return events;
    }

    ResultValidator<KanoonBoard> when(List<Object> given, Object command, String member) {
        return fixture.givenCurrentTime(NOW).andGiven(given).when(command, as(member));
    }

    @Nested
    class Meetings {

        @Test
        void a_sitting_member_convenes_a_meeting_of_the_members_sitting_that_day() {
            fixture.givenCurrentTime(NOW).when(new ConveneMeeting(BOARD, KANOON, MEETING,
                            "انتخاب مدیرعامل، رئیس و خزانه‌دار"), as(OM1))
                    .expectSuccessfulHandlerExecution().expectEvents(convened());
        }

        @Test
        void a_person_not_sitting_on_the_board_may_not_convene_it() {
            fixture.givenCurrentTime(NOW).when(new ConveneMeeting(BOARD, KANOON, MEETING, "دستور"), as(OUTSIDER))
                    .expectException(violates(Rule.A27_BOARD_MEMBER_ONLY)).expectNoEvents();
        }

        @Test
        void a_member_records_being_present_once() {
            when(history(convened()), new AttendMeeting(BOARD, MEETING), JUDGE1)
                    .expectEvents(new MemberAttended(KANOON, MEETING, JUDGE1));
            when(history(convened(), present(JUDGE1)), new AttendMeeting(BOARD, MEETING), JUDGE1).expectNoEvents();
        }

        @Test
        void below_a_majority_of_the_members_present_the_meeting_decides_nothing() {
            when(history(convened(), present(OM1, OM2, JUDGE1)), new PutMotion(BOARD, MEETING, "M-1", "تصویب بودجه",
                    List.of(OM1, OM2, JUDGE1), List.of()), OM1)
                    .expectException(violates(Rule.A27_NO_QUORUM)).expectNoEvents();
        }

        @Test
        void a_majority_of_those_present_that_is_not_a_majority_of_all_members_does_not_carry_a_motion() {
            // 4 of 6 present (a quorum); 3 in favour, 1 against: a majority of those present, not of the 6 members
            when(history(convened(), present(OM1, OM2, JUDGE1, JUDGE2)), new PutMotion(BOARD, MEETING, "M-1",
                    "تصویب بودجه", List.of(OM1, OM2, JUDGE1), List.of(JUDGE2)), OM1)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new MotionDecided(KANOON, MEETING, "M-1", "تصویب بودجه", List.of(OM1, OM2, JUDGE1),
                            List.of(JUDGE2), 6, false));
        }

        @Test
        void a_majority_of_all_members_carries_a_motion() {
            when(history(convened(), present(OM1, OM2, JUDGE1, JUDGE2)), new PutMotion(BOARD, MEETING, "M-1",
                    "تصویب بودجه", List.of(OM1, OM2, JUDGE1, JUDGE2), List.of()), OM1)
                    .expectEvents(new MotionDecided(KANOON, MEETING, "M-1", "تصویب بودجه",
                            List.of(OM1, OM2, JUDGE1, JUDGE2), List.of(), 6, true));
        }

        @Test
        void a_roll_call_names_present_members_once() {
            when(history(convened(), present(OM1, OM2, JUDGE1, JUDGE2)), new PutMotion(BOARD, MEETING, "M-1", "بودجه",
                    List.of(OM1, OM2, JUDGE1, GD_REP), List.of()), OM1)
                    .expectException(violates(Rule.A27_ROLL_CALL_INVALID));
            when(history(convened(), present(OM1, OM2, JUDGE1, JUDGE2)), new PutMotion(BOARD, MEETING, "M-1", "بودجه",
                    List.of(OM1, OM2, JUDGE1), List.of(OM1)), OM1)
                    .expectException(violates(Rule.A27_ROLL_CALL_INVALID));
        }

        @Test
        void the_rule_counts_members_not_those_present() {
            assertThat(KanoonBoard.quorum(3, 6)).isFalse();
            assertThat(KanoonBoard.quorum(4, 6)).isTrue();
            assertThat(KanoonBoard.quorum(4, 7)).isTrue();
            assertThat(KanoonBoard.carries(3, 6)).isFalse();
            assertThat(KanoonBoard.carries(4, 6)).isTrue();
            assertThat(KanoonBoard.carries(3, 7)).isFalse();
        }
    }

    @Nested
    class Elections {

        final List<Object> quorate = history(convened(), present(OM1, OM2, JUDGE1, JUDGE2));

        ElectionOpened chairElection() {
            return new ElectionOpened(KANOON, MEETING, "E-CHAIR", BoardOffice.CHAIR, List.of(OM1, OM2));
        }

        @Test
        void the_chair_and_the_treasurer_are_elected_only_from_the_office_manager_members() {
            when(quorate, new OpenElection(BOARD, MEETING, "E-CHAIR", BoardOffice.CHAIR, List.of(OM1, JUDGE1)), OM1)
                    .expectException(violates(Rule.A27_OFFICER_NOT_AN_OFFICE_MANAGER)).expectNoEvents();
            when(quorate, new OpenElection(BOARD, MEETING, "E-TR", BoardOffice.TREASURER, List.of(GD_REP)), OM1)
                    .expectException(violates(Rule.A27_OFFICER_NOT_AN_OFFICE_MANAGER)).expectNoEvents();
            when(quorate, new OpenElection(BOARD, MEETING, "E-CHAIR", BoardOffice.CHAIR, List.of(OM1, OM2)), OM1)
                    .expectEvents(chairElection());
        }

        @Test
        void the_managing_director_is_elected_from_any_sitting_member_but_not_from_outside() {
            when(quorate, new OpenElection(BOARD, MEETING, "E-MD", BoardOffice.MANAGING_DIRECTOR,
                    List.of(JUDGE1, OM2)), OM1).expectSuccessfulHandlerExecution();
            when(quorate, new OpenElection(BOARD, MEETING, "E-MD", BoardOffice.MANAGING_DIRECTOR,
                    List.of(JUDGE1, OUTSIDER)), OM1).expectException(violates(Rule.A27_CANDIDATE_NOT_ON_BOARD));
        }

        @Test
        void no_election_without_a_quorum() {
            when(history(convened(), present(OM1, OM2)), new OpenElection(BOARD, MEETING, "E-CHAIR", BoardOffice.CHAIR,
                    List.of(OM1, OM2)), OM1).expectException(violates(Rule.A27_NO_QUORUM));
        }

        @Test
        void a_vote_records_the_voter_without_the_choice_and_the_ballot_goes_into_the_box_without_the_voter() {
            when(history(quorate, chairElection()), new CastBallot(BOARD, MEETING, "E-CHAIR", OM2), JUDGE1)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new BallotCast(KANOON, MEETING, "E-CHAIR"))
                    .expectResultMessageMatching(matches(m -> m.getPayload() instanceof String receipt
                            && receipt.matches("[0-9a-f]{64}")));
            assertThat(box.rows).hasSize(1);
            InMemoryBallotBox.Row row = box.rows.get(0);
            assertThat(row.ballot().choice()).isEqualTo(OM2);
            assertThat(row.ballot().verifies(KANOON, "E-CHAIR")).isTrue();
            assertThat(row.toString()).doesNotContain(JUDGE1);
        }

        @Test
        void a_member_not_present_may_not_vote() {
            when(history(quorate, chairElection()), new CastBallot(BOARD, MEETING, "E-CHAIR", OM2), GD_REP)
                    .expectException(violates(Rule.A27_NOT_PRESENT)).expectNoEvents();
            assertThat(box.rows).isEmpty();
        }

        @Test
        void a_member_votes_once() {
            fixture.givenCurrentTime(NOW).andGiven(withVoter(history(quorate, chairElection()),
                            new BallotCast(KANOON, MEETING, "E-CHAIR"), JUDGE1))
                    .when(new CastBallot(BOARD, MEETING, "E-CHAIR", OM1), as(JUDGE1))
                    .expectException(violates(Rule.A27_ALREADY_VOTED)).expectNoEvents();
            assertThat(box.rows).isEmpty();
        }

        @Test
        void a_ballot_names_a_candidate() {
            when(history(quorate, chairElection()), new CastBallot(BOARD, MEETING, "E-CHAIR", JUDGE2), JUDGE1)
                    .expectException(violates(Rule.A27_NOT_A_CANDIDATE));
        }

        @Test
        void a_box_holding_a_ballot_more_than_the_votes_recorded_is_not_counted() {
            box.drop(KANOON, "E-CHAIR", SealedBallot.seal(KANOON, "E-CHAIR", OM1, new java.security.SecureRandom()));
            when(history(quorate, chairElection()), new CloseElection(BOARD, MEETING, "E-CHAIR"), OM1)
                    .expectException(violates(Rule.A27_BALLOT_BOX_NOT_VERIFIED)).expectNoEvents();
        }

        @Test
        void a_box_holding_a_ballot_whose_choice_was_changed_is_not_counted() {
            SealedBallot cast = SealedBallot.seal(KANOON, "E-CHAIR", OM1, new java.security.SecureRandom());
            box.drop(KANOON, "E-CHAIR", new SealedBallot(OM2, cast.nonce(), cast.commitment()));
            fixture.givenCurrentTime(NOW).andGiven(withVoter(history(quorate, chairElection()),
                            new BallotCast(KANOON, MEETING, "E-CHAIR"), JUDGE1))
                    .when(new CloseElection(BOARD, MEETING, "E-CHAIR"), as(OM1))
                    .expectException(violates(Rule.A27_BALLOT_BOX_NOT_VERIFIED)).expectNoEvents();
        }
    }

    /** The given events, the last of them recorded with {@code voter} as its actor (a BallotCast needs its voter). */
    static List<Object> withVoter(List<Object> given, Object event, String voter) {
        List<Object> events = new ArrayList<>(given);
        events.add(new org.axonframework.eventhandling.GenericEventMessage<>(event, as(voter)));
        return events;
    }

    static <T> BaseMatcher<T> matches(java.util.function.Predicate<T> test) {
        return new BaseMatcher<>() {
            @Override
            @SuppressWarnings("unchecked")
            public boolean matches(Object item) {
                return test.test((T) item);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("as expected");
            }
        };
    }

    /**
     * A first meeting acted out command by command, each on the events of the ones before (with their metadata), every
     * event kept as recorded: for the scans that no event and no row links a voter to a choice.
     */
    @Nested
    class FirstMeeting {

        final List<EventMessage<?>> recorded = new ArrayList<>();
        /** voter -> receipt, per election */
        final Map<String, Map<String, String>> receipts = new LinkedHashMap<>();
        final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        Object act(Object command, String member) {
            Object[] result = new Object[1];
            fixture.givenCurrentTime(NOW).andGiven(new ArrayList<Object>(recorded)).when(command, as(member))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(matches(events -> {
                        for (Object e : (List<?>) events) {
                            recorded.add((EventMessage<?>) e);
                        }
                        return true;
                    }))
                    .expectResultMessageMatching(matches(m -> {
                        result[0] = ((Message<?>) m).getPayload();
                        return true;
                    }));
            return result[0];
        }

        void vote(String election, String voter, String choice) {
            String receipt = (String) act(new CastBallot(BOARD, MEETING, election, choice), voter);
            receipts.computeIfAbsent(election, e -> new LinkedHashMap<>()).put(voter, receipt);
        }

        String text(EventMessage<?> message) throws Exception {
            return json.writeValueAsString(message.getPayload()) + json.writeValueAsString(message.getMetaData());
        }

        @Test
        void elects_the_three_officers_by_secret_ballot_with_a_count_anyone_recomputes_and_no_record_linking_a_voter_to_a_choice()
                throws Exception {
            act(new ConveneMeeting(BOARD, KANOON, MEETING, "انتخابات نخستین جلسه"), OM1);
            for (String member : List.of(OM1, OM2, JUDGE1, JUDGE2, GD_REP)) {
                act(new AttendMeeting(BOARD, MEETING), member);
            }
            act(new OpenElection(BOARD, MEETING, "E-MD", BoardOffice.MANAGING_DIRECTOR, List.of(JUDGE1, OM2)), OM1);
            vote("E-MD", OM1, JUDGE1);
            vote("E-MD", OM2, OM2);
            vote("E-MD", JUDGE1, JUDGE1);
            vote("E-MD", JUDGE2, JUDGE1);
            vote("E-MD", GD_REP, JUDGE1);
            ElectionCounted md = (ElectionCounted) act(new CloseElection(BOARD, MEETING, "E-MD"), JUDGE2);
            assertThat(md.elected()).isEqualTo(JUDGE1);
            assertThat(md.tally()).containsExactlyInAnyOrderEntriesOf(Map.of(JUDGE1, 4, OM2, 1));

            // the count recomputed from the published ballots alone, and each voter finds the receipt
            assertThat(BallotCount.tally(md.ballots())).isEqualTo(md.tally());
            assertThat(BallotCount.problems(KANOON, "E-MD", List.of(JUDGE1, OM2), 5, md.ballots(), md.tally(),
                    md.elected(), md.members())).isEmpty();
            assertThat(md.ballots()).extracting(SealedBallot::commitment)
                    .containsExactlyInAnyOrderElementsOf(receipts.get("E-MD").values())
                    .isSorted();
            assertThat(md.ballots().stream().filter(b -> b.commitment().equals(receipts.get("E-MD").get(OM2)))
                    .findFirst().orElseThrow().choice()).isEqualTo(OM2);
            assertThat(box.rows).as("the box is emptied once counted").isEmpty();

            // a tampered ballot fails verification: a changed choice, and a changed nonce
            List<SealedBallot> tampered = new ArrayList<>(md.ballots());
            SealedBallot first = tampered.get(0);
            String other = first.choice().equals(JUDGE1) ? OM2 : JUDGE1;
            tampered.set(0, new SealedBallot(other, first.nonce(), first.commitment()));
            assertThat(BallotCount.problems(KANOON, "E-MD", List.of(JUDGE1, OM2), 5, tampered,
                    BallotCount.tally(tampered), BallotCount.elected(BallotCount.tally(tampered), 6), 6))
                    .anyMatch(p -> p.contains("not that of its choice and nonce"));
            assertThat(first.verifies(KANOON, "E-MD")).isTrue();
            assertThat(new SealedBallot(first.choice(), first.nonce().replace('a', 'b').replace('0', '1'),
                    first.commitment()).verifies(KANOON, "E-MD")).isFalse();
            assertThat(BallotCount.problems(KANOON, "E-MD", List.of(JUDGE1, OM2), 5, md.ballots(),
                    Map.of(JUDGE1, 3, OM2, 2), JUDGE1, 6)).anyMatch(p -> p.contains("tally"));

            // chair and treasurer from the office-manager members
            act(new OpenElection(BOARD, MEETING, "E-CHAIR", BoardOffice.CHAIR, List.of(OM1, OM2)), OM1);
            for (String voter : List.of(OM1, OM2, JUDGE1, JUDGE2, GD_REP)) {
                vote("E-CHAIR", voter, voter.equals(OM2) ? OM2 : OM1);
            }
            assertThat(((ElectionCounted) act(new CloseElection(BOARD, MEETING, "E-CHAIR"), OM2)).elected()).isEqualTo(OM1);
            act(new OpenElection(BOARD, MEETING, "E-TR", BoardOffice.TREASURER, List.of(OM2)), OM1);
            for (String voter : List.of(OM1, OM2, JUDGE1, JUDGE2)) {
                vote("E-TR", voter, OM2);
            }
            ElectionCounted treasurer = (ElectionCounted) act(new CloseElection(BOARD, MEETING, "E-TR"), OM1);
            assertThat(treasurer.elected()).isEqualTo(OM2);
            assertThat(treasurer.votesRecorded()).isEqualTo(4);

            // the scans: every event (payload and metadata) of the run, and every row the ballot box ever held
            List<String> texts = new ArrayList<>();
            for (EventMessage<?> message : recorded) {
                texts.add(text(message));
            }
            // a row of the box names a member only as its choice (a candidate), never as the one who cast it
            List<String> rows = box.written.stream()
                    .map(r -> r.toString().replace("choice=" + r.ballot().choice(), "choice=")).toList();
            int counted = 0;
            for (Map.Entry<String, Map<String, String>> election : receipts.entrySet()) {
                for (Map.Entry<String, String> vote : election.getValue().entrySet()) {
                    String voter = vote.getKey();
                    String receipt = vote.getValue();
                    for (String t : texts) {
                        if (t.contains(receipt)) {
                            // only the count holds a receipt: with every receipt of its election, by the system
                            assertThat(election.getValue().values()).allMatch(t::contains);
                            assertThat(t).contains("\"actorRole\":\"SYSTEM\"").doesNotContain("\"actorId\":\"" + voter)
                                    .doesNotContain("request-of-");
                            counted++;
                        }
                    }
                    for (String row : rows) {
                        assertThat(row).doesNotContain(voter);
                    }
                }
            }
            assertThat(counted).as("each receipt is found in the published count").isEqualTo(5 + 5 + 4);
            for (EventMessage<?> message : recorded) {
                if (message.getPayload() instanceof BallotCast) {
                    String t = text(message);
                    assertThat(t).doesNotContain("choice").doesNotContain("commitment").doesNotContain("nonce");
                    assertThat(message.getMetaData().get(MetaDataKeys.ACTOR_ROLE)).isEqualTo("KANOON_BOARD_MEMBER");
                }
                if (message.getPayload() instanceof ElectionCounted) {
                    assertThat(message.getMetaData().get(MetaDataKeys.ACTOR_ID)).isEqualTo("system:ballot-count");
                }
            }
            assertThat(rows).hasSize(14);
        }
    }

    @Nested
    class Letters {

        final List<Object> officers = history(convened(), present(OM1, OM2, JUDGE1, JUDGE2),
                new ElectionOpened(KANOON, MEETING, "E-MD", BoardOffice.MANAGING_DIRECTOR, List.of(JUDGE1)),
                new ElectionOpened(KANOON, MEETING, "E-TR", BoardOffice.TREASURER, List.of(OM2)),
                new ElectionCounted(KANOON, MEETING, "E-MD", BoardOffice.MANAGING_DIRECTOR, List.of(),
                        Map.of(JUDGE1, 4), 4, 6, JUDGE1),
                new ElectionCounted(KANOON, MEETING, "E-TR", BoardOffice.TREASURER, List.of(), Map.of(OM2, 4), 4, 6, OM2));

        List<Object> withLetter(boolean financial, Object... more) {
            List<Object> events = new ArrayList<>(officers);
            events.add(new KanoonBoardEvent.LetterDrafted(KANOON, "L-1", "بودجه", "متن نامه", financial, OM1));
            events.addAll(List.of(more));
            return events;
        }

        @Test
        void only_the_managing_director_or_the_treasurer_signs() {
            when(withLetter(true), new SignLetter(BOARD, "L-1"), OM1).expectException(violates(Rule.A27_NOT_A_SIGNATORY));
            when(withLetter(true), new SignLetter(BOARD, "L-1"), JUDGE1)
                    .expectEvents(new LetterSigned(KANOON, "L-1", BoardOffice.MANAGING_DIRECTOR, JUDGE1));
            when(withLetter(true), new SignLetter(BOARD, "L-1"), OM2)
                    .expectEvents(new LetterSigned(KANOON, "L-1", BoardOffice.TREASURER, OM2));
        }

        @Test
        void a_letter_needs_the_managing_directors_signature() {
            when(withLetter(false), new IssueLetter(BOARD, "L-1"), OM1)
                    .expectException(violates(Rule.A27_LETTER_NEEDS_MANAGING_DIRECTOR));
            when(withLetter(false, new LetterSigned(KANOON, "L-1", BoardOffice.MANAGING_DIRECTOR, JUDGE1)),
                    new IssueLetter(BOARD, "L-1"), OM1).expectEvents(new LetterIssued(KANOON, "L-1"));
        }

        @Test
        void a_financial_letter_needs_the_treasurers_signature_too() {
            when(withLetter(true, new LetterSigned(KANOON, "L-1", BoardOffice.MANAGING_DIRECTOR, JUDGE1)),
                    new IssueLetter(BOARD, "L-1"), OM1)
                    .expectException(violates(Rule.A27_FINANCIAL_LETTER_NEEDS_TREASURER)).expectNoEvents();
            when(withLetter(true, new LetterSigned(KANOON, "L-1", BoardOffice.MANAGING_DIRECTOR, JUDGE1),
                            new LetterSigned(KANOON, "L-1", BoardOffice.TREASURER, OM2)),
                    new IssueLetter(BOARD, "L-1"), OM1).expectEvents(new LetterIssued(KANOON, "L-1"));
        }

        @Test
        void a_signature_of_a_managing_director_who_left_the_board_does_not_count() {
            seats.removeIf(s -> s.nationalCode().equals(JUDGE1));
            when(withLetter(false, new LetterSigned(KANOON, "L-1", BoardOffice.MANAGING_DIRECTOR, JUDGE1)),
                    new IssueLetter(BOARD, "L-1"), OM1).expectException(violates(Rule.A27_LETTER_NEEDS_MANAGING_DIRECTOR));
        }

        @Test
        void the_managing_director_names_the_deputy_at_his_own_office() {
            when(officers, new NameDeputy(BOARD, "OFF-1001", DEPUTY, "معاون دفتر"), OM1)
                    .expectException(violates(Rule.A27_NOT_THE_MANAGING_DIRECTOR));
            when(officers, new NameDeputy(BOARD, "OFF-1001", DEPUTY, "معاون دفتر"), JUDGE1)
                    .expectEvents(new ManagingDirectorDeputyNamed(KANOON, JUDGE1, "OFF-1001", DEPUTY, "معاون دفتر"));
        }

        @Test
        void an_office_held_by_a_sitting_member_is_not_elected_again() {
            when(officers, new OpenElection(BOARD, MEETING, "E-MD2", BoardOffice.MANAGING_DIRECTOR, List.of(OM1)), OM1)
                    .expectException(violates(Rule.A27_OFFICE_ALREADY_FILLED));
        }

        @Test
        void the_managing_director_may_chair_but_is_not_the_treasurer_whose_signature_is_the_second() {
            List<Object> mdIsOm1 = history(convened(), present(OM1, OM2, JUDGE1, JUDGE2),
                    new ElectionOpened(KANOON, MEETING, "E-MD", BoardOffice.MANAGING_DIRECTOR, List.of(OM1)),
                    new ElectionCounted(KANOON, MEETING, "E-MD", BoardOffice.MANAGING_DIRECTOR, List.of(),
                            Map.of(OM1, 4), 4, 6, OM1));
            when(mdIsOm1, new OpenElection(BOARD, MEETING, "E-TR", BoardOffice.TREASURER, List.of(OM1, OM2)), OM1)
                    .expectException(violates(Rule.A27_TREASURER_NOT_MANAGING_DIRECTOR));
            when(mdIsOm1, new OpenElection(BOARD, MEETING, "E-CH", BoardOffice.CHAIR, List.of(OM1, OM2)), OM1)
                    .expectSuccessfulHandlerExecution();
            when(officers, new OpenElection(BOARD, MEETING, "E-CH", BoardOffice.CHAIR, List.of(OM1, OM2)), OM1)
                    .expectSuccessfulHandlerExecution();
        }
    }
}
