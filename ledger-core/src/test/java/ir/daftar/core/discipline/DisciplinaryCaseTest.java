package ir.daftar.core.discipline;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.calendar.HolidayCalendar;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.OfficialHolidays;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.FinalizeUnappealedRuling;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.IssueRuling;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.LodgeAppeal;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.NotifyRuling;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.ObjectToRuling;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.OpenDisciplinaryCase;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.PublishReprimand;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.ReferCrime;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.ReferToBoard;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.WithdrawComplaint;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.AppealLodged;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CaseReferredToBoard;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CenterHeadObjected;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ComplaintWithdrawn;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CrimeReferred;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.DisciplinaryCaseOpened;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandPublished;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingBecameFinal;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingIssued;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingNotified;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingSetAside;
import ir.daftar.core.notice.Deadline;
import ir.daftar.core.notice.ServiceDeadlines;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.testing.NationalCodes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A disciplinary case from its opening to a final ruling (A34-A38): one test per rule and code. */
class DisciplinaryCaseTest {

    static final String CASE = "DC-1";
    static final String OFFICE = "OFF-1";
    static final String MANAGER = NationalCodes.withCheckDigit("001100001");
    static final String CLERK = NationalCodes.withCheckDigit("001100002");
    /** Served on Friday 2026-02-27 (1404/12/08): the 21st day after is 1404/12/29, a holiday, then Nowruz. */
    static final Instant NOW = Instant.parse("2026-02-27T08:00:00Z");
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> HEAD = new Actor("0011000103", ActorRole.CENTER_HEAD, null).asMetaData();
    static final Map<String, String> INSPECTOR = new Actor("INS-A", ActorRole.INSPECTOR, null).asMetaData();
    static final Map<String, String> SYSTEM = RulingExecution.EXECUTOR.asMetaData();
    static final Map<String, String> ACCUSED = new Actor(MANAGER, ActorRole.OFFICE_MANAGER, OFFICE).asMetaData();
    static final HolidayCalendar HOLIDAYS = new OfficialHolidays(List.of(JalaliDate.parse("1404/12/29"),
            JalaliDate.parse("1405/01/01"), JalaliDate.parse("1405/01/02"), JalaliDate.parse("1405/01/03"),
            JalaliDate.parse("1405/01/04")));

    static final BoardComposition PRIMARY = new BoardComposition("P1", BoardLevel.PRIMARY,
            List.of(DisciplinaryBoardTest.J1, DisciplinaryBoardTest.J2, DisciplinaryBoardTest.K1), "J1");
    static final BoardComposition PRIMARY_NO_CHAIR = new BoardComposition("P2", BoardLevel.PRIMARY,
            List.of(DisciplinaryBoardTest.J1, DisciplinaryBoardTest.J2, DisciplinaryBoardTest.K1), null);
    static final BoardMember J4 = new BoardMember("J4", BoardSeat.JUDGE, "قاضی چهارم", null);
    static final BoardMember J5 = new BoardMember("J5", BoardSeat.JUDGE, "قاضی پنجم", null);
    static final BoardComposition APPEAL = new BoardComposition("A1", BoardLevel.APPEAL,
            List.of(J4, J5, DisciplinaryBoardTest.G1), "J4");
    static final BoardComposition APPEAL_WITH_J2 = new BoardComposition("A2", BoardLevel.APPEAL,
            List.of(J4, DisciplinaryBoardTest.J2, DisciplinaryBoardTest.G1), "J4");

    static final AcceptedFinding FINDING = new AcceptedFinding("INS-1", "F-1", OFFICE, Rule.A37_12_FEE_ABOVE_SCHEDULE,
            "FIL-1", List.of("ev-assessed", "ev-paid"));

    private AggregateTestFixture<DisciplinaryCase> fixture;
    private final List<FinalRuling> history = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DisciplinaryCase.class);
        OfficeStaffing staffing = new OfficeStaffing(OFFICE, List.of(
                new StaffMember(NationalCodes.code("001100001"), "مدیر دفتر", StaffRole.MANAGER, true),
                new StaffMember(NationalCodes.code("001100002"), "کارمند", StaffRole.CLERK, true)), MinimumStaffing.REGULATION);
        fixture.registerInjectableResource((OfficeDirectory) id -> OFFICE.equals(id) ? Optional.of(staffing) : Optional.empty());
        fixture.registerInjectableResource((AcceptedFindings) (inspection, finding) ->
                "INS-1".equals(inspection) && "F-1".equals(finding) ? Optional.of(FINDING) : Optional.empty());
        Map<String, BoardComposition> boards = Map.of("P1", PRIMARY, "P2", PRIMARY_NO_CHAIR, "A1", APPEAL, "A2", APPEAL_WITH_J2);
        fixture.registerInjectableResource((BoardDirectory) id -> Optional.ofNullable(boards.get(id)));
        fixture.registerInjectableResource((DisciplinaryHistory) person -> List.copyOf(history));
        fixture.registerInjectableResource(HOLIDAYS);
        fixture.registerInjectableResource((ComplaintCases) complaint -> "CMP-1".equals(complaint)
                ? Optional.of(new ComplaintCases.ComplaintCase("CMP-1", CASE, OFFICE, "0011000031")) : Optional.empty());
    }

    static Map<String, String> member(String id) {
        return DisciplinaryBoardTest.member(id);
    }

    private TestExecutor<DisciplinaryCase> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    static DisciplinaryCaseOpened openedAgainst(String accused, StaffRole role, CaseOrigin origin) {
        return new DisciplinaryCaseOpened(CASE, origin, OFFICE, accused, role, List.of(12),
                origin == CaseOrigin.INSPECTION_FINDING ? null : "شکایت", origin == CaseOrigin.INSPECTION_FINDING ? "INS-1" : null,
                origin == CaseOrigin.INSPECTION_FINDING ? "F-1" : null,
                origin == CaseOrigin.INSPECTION_FINDING ? FINDING.evidenceEventIds() : List.of());
    }

    static final DisciplinaryCaseOpened OPENED = openedAgainst(MANAGER, StaffRole.MANAGER, CaseOrigin.INSPECTION_FINDING);
    static final CaseReferredToBoard AT_PRIMARY = new CaseReferredToBoard(CASE, "P1", BoardLevel.PRIMARY, PRIMARY.members(), "J1");
    static final CaseReferredToBoard AT_APPEAL = new CaseReferredToBoard(CASE, "A1", BoardLevel.APPEAL, APPEAL.members(), "J4");

    static IssueRuling primaryRuling(Penalty penalty) {
        return new IssueRuling(CASE, "R-1", List.of("J1", "J2", "K1"), List.of("J1", "K1"), penalty,
                penalty == null ? List.of() : List.of(12), "اخذ وجه بیش از تعرفه ثابت است");
    }

    static RulingIssued primaryIssued(Penalty penalty) {
        return new RulingIssued(CASE, "R-1", BoardLevel.PRIMARY, "P1", "J1", List.of("J1", "J2", "K1"), List.of("J1", "K1"),
                penalty, penalty == null ? List.of() : List.of(12), "اخذ وجه بیش از تعرفه ثابت است", false, null);
    }

    static RulingNotified notifiedAt(Instant at) {
        return new RulingNotified(CASE, "R-1", MANAGER, at, ServiceDeadlines.compute(DisciplinaryCase.APPEAL_PERIOD, at, HOLIDAYS));
    }

    @Nested
    class Opening {

        @Test
        void from_an_accepted_finding_it_charges_its_clause_and_links_its_evidence() {
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.INSPECTION_FINDING, OFFICE, MANAGER, List.of(), null,
                            "INS-1", "F-1"), INSPECTOR)
                    .expectEvents(OPENED);
        }

        @Test
        void a_finding_not_accepted_opens_nothing() {
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.INSPECTION_FINDING, OFFICE, MANAGER, List.of(), null,
                            "INS-1", "F-2"), GD)
                    .expectException(violates(Rule.A33_FINDING_NOT_ACCEPTED)).expectNoEvents();
        }

        @Test
        void a_complaint_against_a_staff_member_is_stated_and_charges_clauses() {
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.COMPLAINT, OFFICE, CLERK, List.of(8), "رفتار توهین‌آمیز",
                            null, null), GD)
                    .expectEvents(new DisciplinaryCaseOpened(CASE, CaseOrigin.COMPLAINT, OFFICE, CLERK, StaffRole.CLERK,
                            List.of(8), "رفتار توهین‌آمیز", null, null, List.of()));
        }

        @Test
        void the_kanoon_board_member_whose_referral_the_complaint_records_opens_the_case_from_it() {
            Map<String, String> board = new Actor("0011000031", ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.COMPLAINT, OFFICE, CLERK, List.of(8), "رفتار توهین‌آمیز",
                            null, null, "CMP-1"), board)
                    .expectEvents(new DisciplinaryCaseOpened(CASE, CaseOrigin.COMPLAINT, OFFICE, CLERK, StaffRole.CLERK,
                            List.of(8), "رفتار توهین‌آمیز", null, null, List.of()));
        }

        @Test
        void a_kanoon_board_member_opens_no_case_the_complaint_does_not_record() {
            Map<String, String> board = new Actor("0011000031", ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
            Map<String, String> other = new Actor("0011000049", ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase("DC-2", CaseOrigin.COMPLAINT, OFFICE, CLERK, List.of(8), "شکایت",
                            null, null, "CMP-1"), board)
                    .expectException(violates(Rule.A34_COMPLAINT_CASE_NOT_RECORDED)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.COMPLAINT, OFFICE, CLERK, List.of(8), "شکایت",
                            null, null, "CMP-1"), other)
                    .expectException(violates(Rule.A34_COMPLAINT_CASE_NOT_RECORDED)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.COMPLAINT, OFFICE, CLERK, List.of(8), "شکایت",
                            null, null, null), board)
                    .expectException(violates(Rule.A34_COMPLAINT_CASE_NOT_RECORDED)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.REPORTED_VIOLATION, OFFICE, CLERK, List.of(8), "گزارش",
                            null, null, "CMP-1"), board)
                    .expectException(violates(Rule.A34_ADMINISTRATION_ONLY)).expectNoEvents();
        }

        @Test
        void a_complaint_without_its_statement_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.COMPLAINT, OFFICE, CLERK, List.of(8), " ", null, null), GD)
                    .expectException(violates(Rule.A34_ORIGIN_INVALID)).expectNoEvents();
        }

        @Test
        void charges_are_clauses_1_to_14_of_a37() {
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.REPORTED_VIOLATION, OFFICE, CLERK, List.of(15), "گزارش",
                            null, null), GD)
                    .expectException(violates(Rule.A37_CHARGE_INVALID)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.REPORTED_VIOLATION, OFFICE, CLERK, List.of(), "گزارش",
                            null, null), GD)
                    .expectException(violates(Rule.A37_CHARGE_INVALID)).expectNoEvents();
        }

        @Test
        void the_accused_works_in_the_office() {
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.COMPLAINT, OFFICE, NationalCodes.withCheckDigit("001100009"),
                            List.of(8), "شکایت", null, null), GD)
                    .expectException(violates(Rule.A34_ACCUSED_NOT_STAFF)).expectNoEvents();
        }

        @Test
        void an_inspector_opens_a_case_only_from_a_finding() {
            fixture.givenNoPriorActivity()
                    .when(new OpenDisciplinaryCase(CASE, CaseOrigin.COMPLAINT, OFFICE, CLERK, List.of(8), "شکایت", null, null),
                            INSPECTOR)
                    .expectException(violates(Rule.A34_ADMINISTRATION_ONLY)).expectNoEvents();
        }
    }

    @Nested
    class Referral {

        @Test
        void to_a_primary_board_with_its_chair_recording_its_composition() {
            given(OPENED).when(new ReferToBoard(CASE, "P1"), GD).expectEvents(AT_PRIMARY);
        }

        @Test
        void a_board_without_a_chair_hears_nothing() {
            given(OPENED).when(new ReferToBoard(CASE, "P2"), GD)
                    .expectException(violates(Rule.A34_CHAIR_NOT_ELECTED)).expectNoEvents();
        }

        @Test
        void the_appeal_board_does_not_hear_a_case_first() {
            given(OPENED).when(new ReferToBoard(CASE, "A1"), GD)
                    .expectException(violates(Rule.A34_WRONG_BOARD)).expectNoEvents();
        }

        @Test
        void the_appeal_board_hears_a_primary_ruling_only_on_appeal_or_objection() {
            given(OPENED, AT_PRIMARY, primaryIssued(Penalty.suspension(3))).when(new ReferToBoard(CASE, "A1"), GD)
                    .expectException(violates(Rule.A34_CASE_OUT_OF_ORDER)).expectNoEvents();
        }

        @Test
        void a_member_who_sat_on_the_primary_ruling_does_not_sit_on_its_appeal() {
            given(OPENED, AT_PRIMARY, primaryIssued(Penalty.suspension(3)), notifiedAt(NOW),
                    new AppealLodged(CASE, "R-1", MANAGER, "اعتراض", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 25)))
                    .when(new ReferToBoard(CASE, "A2"), GD)
                    .expectException(violates(Rule.A34_MEMBER_SAT_ON_PRIMARY)).expectNoEvents();
        }

        @Test
        void office_staff_do_not_refer() {
            given(OPENED).when(new ReferToBoard(CASE, "P1"), ACCUSED)
                    .expectException(violates(Rule.A34_ADMINISTRATION_ONLY)).expectNoEvents();
        }
    }

    @Nested
    class Ruling {

        @Test
        void all_members_present_a_majority_and_the_chair_make_a_ruling_degree_1_to_4_final_at_once() {
            given(OPENED, AT_PRIMARY).when(primaryRuling(Penalty.of(3)), member("J1"))
                    .expectEvents(primaryIssued(Penalty.of(3)), new RulingBecameFinal(CASE, "R-1", OFFICE, MANAGER,
                            Penalty.of(3), FinalityBasis.ON_ISSUE, NOW, null));
        }

        @Test
        void a_suspension_is_not_final_when_issued() {
            given(OPENED, AT_PRIMARY).when(primaryRuling(Penalty.suspension(3)), member("J1"))
                    .expectEvents(primaryIssued(Penalty.suspension(3)));
        }

        @Test
        void a_board_sits_only_with_all_its_members_present() {
            given(OPENED, AT_PRIMARY).when(new IssueRuling(CASE, "R-1", List.of("J1", "J2"), List.of("J1", "J2"),
                            Penalty.of(2), List.of(12), "دلایل"), member("J1"))
                    .expectException(violates(Rule.A34_BOARD_INCOMPLETE)).expectNoEvents();
        }

        @Test
        void one_vote_of_three_is_no_majority() {
            given(OPENED, AT_PRIMARY).when(new IssueRuling(CASE, "R-1", List.of("J1", "J2", "K1"), List.of("J1"),
                            Penalty.of(2), List.of(12), "دلایل"), member("J1"))
                    .expectException(violates(Rule.A34_NO_MAJORITY)).expectNoEvents();
        }

        @Test
        void the_chair_issues_the_ruling() {
            given(OPENED, AT_PRIMARY).when(primaryRuling(Penalty.of(2)), member("J2"))
                    .expectException(violates(Rule.A34_CHAIR_ONLY)).expectNoEvents();
        }

        @Test
        void no_ruling_before_referral() {
            given(OPENED).when(primaryRuling(Penalty.of(2)), member("J1"))
                    .expectException(violates(Rule.A34_CASE_OUT_OF_ORDER)).expectNoEvents();
        }

        @Test
        void a_penalty_rests_on_clauses_charged() {
            given(OPENED, AT_PRIMARY).when(new IssueRuling(CASE, "R-1", List.of("J1", "J2", "K1"), List.of("J1", "J2"),
                            Penalty.of(2), List.of(6), "دلایل"), member("J1"))
                    .expectException(violates(Rule.A37_CHARGE_INVALID)).expectNoEvents();
        }

        @Test
        void suspension_and_revocation_are_for_the_manager() {
            given(openedAgainst(CLERK, StaffRole.CLERK, CaseOrigin.REPORTED_VIOLATION), AT_PRIMARY)
                    .when(primaryRuling(Penalty.of(6)), member("J1"))
                    .expectException(violates(Rule.A35_LICENCE_PENALTY_MANAGER_ONLY)).expectNoEvents();
        }

        @Test
        void finding_no_violation_is_final_and_proves_nothing() {
            given(OPENED, AT_PRIMARY).when(primaryRuling(null), member("J1"))
                    .expectEvents(primaryIssued(null),
                            new RulingBecameFinal(CASE, "R-1", OFFICE, MANAGER, null, FinalityBasis.ON_ISSUE, NOW, null));
        }
    }

    @Nested
    class Penalties {

        @Test
        void a35_degrees_are_1_to_6_and_a_suspension_lasts_3_to_24_months() {
            assertThat(Penalty.suspension(3).suspensionMonths()).isEqualTo(3);
            assertThat(Penalty.suspension(24).appealable()).isTrue();
            assertThat(Penalty.of(4).appealable()).isFalse();
            for (Runnable bad : List.<Runnable>of(() -> Penalty.of(0), () -> Penalty.of(7), () -> Penalty.suspension(2),
                    () -> Penalty.suspension(25), () -> Penalty.of(5), () -> new Penalty(3, 6))) {
                assertThatThrownBy(bad::run).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(Rule.A35_PENALTY_INVALID));
            }
        }

        @Test
        void a_suspension_ends_the_same_time_of_day_its_months_later_in_tehran() {
            assertThat(Penalty.suspension(3).suspensionEnd(Instant.parse("2026-03-25T08:00:00Z")))
                    .isEqualTo(Instant.parse("2026-06-25T08:00:00Z"));
        }
    }

    @Nested
    class Appeal {

        final Object[] ruled = {OPENED, AT_PRIMARY, primaryIssued(Penalty.suspension(3))};

        Object[] ruledAndNotified() {
            List<Object> events = new ArrayList<>(List.of(ruled));
            events.add(notifiedAt(NOW));
            return events.toArray();
        }

        @Test
        void notification_starts_the_20_day_period_counted_by_the_deadline_engine() {
            Deadline deadline = ServiceDeadlines.compute(DisciplinaryCase.APPEAL_PERIOD, NOW, HOLIDAYS);
            // 21 days after 1404/12/08 is 1404/12/29, a holiday, then Nowruz 1405/01/01-04: the last day is 1405/01/05
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 25));
            assertThat(deadline.dueDateJalali().toString()).isEqualTo("1405/01/05");
            given(ruled).when(new NotifyRuling(CASE, "R-1"), GD)
                    .expectEvents(new RulingNotified(CASE, "R-1", MANAGER, NOW, deadline));
        }

        @Test
        void an_appeal_on_day_19_is_in_time() {
            fixture.givenCurrentTime(NOW).andGiven(List.of(ruledAndNotified()))
                    .andGivenCurrentTime(NOW.plus(Duration.ofDays(19)))
                    .when(new LodgeAppeal(CASE, "R-1", "اعتراض به رأی"), ACCUSED)
                    .expectEvents(new AppealLodged(CASE, "R-1", MANAGER, "اعتراض به رأی", LocalDate.of(2026, 3, 18),
                            LocalDate.of(2026, 3, 25)));
        }

        @Test
        void holidays_at_the_end_of_the_period_move_its_last_day() {
            // day 26 after notification is the last day: 1404/12/29 and Nowruz moved it
            fixture.givenCurrentTime(NOW).andGiven(List.of(ruledAndNotified()))
                    .andGivenCurrentTime(NOW.plus(Duration.ofDays(26)))
                    .when(new LodgeAppeal(CASE, "R-1", "اعتراض"), ACCUSED)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void an_appeal_after_the_last_day_is_out_of_time() {
            fixture.givenCurrentTime(NOW).andGiven(List.of(ruledAndNotified()))
                    .andGivenCurrentTime(NOW.plus(Duration.ofDays(27)))
                    .when(new LodgeAppeal(CASE, "R-1", "اعتراض"), ACCUSED)
                    .expectException(violates(Rule.A36_APPEAL_OUT_OF_TIME)).expectNoEvents();
        }

        @Test
        void degrees_1_to_4_are_final() {
            given(OPENED, AT_PRIMARY, primaryIssued(Penalty.of(4)))
                    .when(new LodgeAppeal(CASE, "R-1", "اعتراض"), ACCUSED)
                    .expectException(violates(Rule.A36_RULING_FINAL)).expectNoEvents();
        }

        @Test
        void the_appeal_is_the_penalised_persons() {
            given(ruledAndNotified()).when(new LodgeAppeal(CASE, "R-1", "اعتراض"), GD)
                    .expectException(violates(Rule.A36_APPEAL_NOT_ALLOWED)).expectNoEvents();
        }

        @Test
        void the_center_head_may_object_to_any_primary_ruling() {
            given(OPENED, AT_PRIMARY, primaryIssued(Penalty.of(1)))
                    .when(new ObjectToRuling(CASE, "R-1", "رأی سبک است"), HEAD)
                    .expectEvents(new CenterHeadObjected(CASE, "R-1", "رأی سبک است"));
        }

        @Test
        void only_the_center_head_objects() {
            given(OPENED, AT_PRIMARY, primaryIssued(Penalty.of(1)))
                    .when(new ObjectToRuling(CASE, "R-1", "رأی سبک است"), GD)
                    .expectException(violates(Rule.A36_APPEAL_NOT_ALLOWED)).expectNoEvents();
        }

        @Test
        void an_unappealed_suspension_becomes_final_only_after_its_last_day() {
            fixture.givenCurrentTime(NOW).andGiven(List.of(ruledAndNotified()))
                    .andGivenCurrentTime(NOW.plus(Duration.ofDays(26)))
                    .when(new FinalizeUnappealedRuling(CASE, "R-1"), SYSTEM)
                    .expectException(violates(Rule.A36_APPEAL_PERIOD_RUNNING)).expectNoEvents();
            Instant after = NOW.plus(Duration.ofDays(27));
            fixture.givenCurrentTime(NOW).andGiven(List.of(ruledAndNotified()))
                    .andGivenCurrentTime(after)
                    .when(new FinalizeUnappealedRuling(CASE, "R-1"), SYSTEM)
                    .expectEvents(new RulingBecameFinal(CASE, "R-1", OFFICE, MANAGER, Penalty.suspension(3),
                            FinalityBasis.APPEAL_PERIOD_LAPSED, after, Penalty.suspension(3).suspensionEnd(after)));
        }

        @Test
        void the_appeal_board_confirms_and_its_ruling_is_final() {
            List<Object> events = new ArrayList<>(List.of(ruledAndNotified()));
            events.add(new AppealLodged(CASE, "R-1", MANAGER, "اعتراض", LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 25)));
            events.add(AT_APPEAL);
            IssueRuling confirm = new IssueRuling(CASE, "R-2", List.of("J4", "J5", "G1"), List.of("J4", "J5", "G1"),
                    Penalty.suspension(3), List.of(12), "رأی بدوی تأیید می‌شود");
            given(events.toArray()).when(confirm, member("J4"))
                    .expectEvents(new RulingIssued(CASE, "R-2", BoardLevel.APPEAL, "A1", "J4", List.of("J4", "J5", "G1"),
                                    List.of("J4", "J5", "G1"), Penalty.suspension(3), List.of(12), "رأی بدوی تأیید می‌شود",
                                    false, null),
                            new RulingBecameFinal(CASE, "R-2", OFFICE, MANAGER, Penalty.suspension(3), FinalityBasis.ON_APPEAL,
                                    NOW, Penalty.suspension(3).suspensionEnd(NOW)));
        }

        @Test
        void reversing_a_ruling_already_executed_sets_it_aside() {
            Instant finalAt = NOW.minus(Duration.ofDays(1));
            List<Object> events = new ArrayList<>(List.of(ruledAndNotified()));
            events.add(new RulingBecameFinal(CASE, "R-1", OFFICE, MANAGER, Penalty.suspension(3),
                    FinalityBasis.APPEAL_PERIOD_LAPSED, finalAt, Penalty.suspension(3).suspensionEnd(finalAt)));
            events.add(new CenterHeadObjected(CASE, "R-1", "دلایل کافی نیست"));
            events.add(AT_APPEAL);
            given(events.toArray()).when(new IssueRuling(CASE, "R-2", List.of("J4", "J5", "G1"), List.of("J4", "J5"), null,
                            List.of(), "تخلف ثابت نیست"), member("J4"))
                    .expectEvents(new RulingIssued(CASE, "R-2", BoardLevel.APPEAL, "A1", "J4", List.of("J4", "J5", "G1"),
                                    List.of("J4", "J5"), null, List.of(), "تخلف ثابت نیست", false, null),
                            new RulingSetAside(CASE, "R-1", "R-2", OFFICE, Penalty.suspension(3)),
                            new RulingBecameFinal(CASE, "R-2", OFFICE, MANAGER, null, FinalityBasis.ON_APPEAL, NOW, null));
        }
    }

    @Nested
    class A38 {

        @Test
        void a_crime_is_referred_and_the_case_goes_on() {
            given(OPENED, AT_PRIMARY).when(new ReferCrime(CASE, "دادسرای عمومی و انقلاب تهران", "جعل رسید"), member("K1"))
                    .expectEvents(new CrimeReferred(CASE, "دادسرای عمومی و انقلاب تهران", "جعل رسید"));
            given(OPENED, AT_PRIMARY, new CrimeReferred(CASE, "دادسرا", "جعل")).when(primaryRuling(Penalty.of(3)), member("J1"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_withdrawn_complaint_goes_on_and_the_ruling_records_the_mitigation() {
            DisciplinaryCaseOpened complaint = openedAgainst(MANAGER, StaffRole.MANAGER, CaseOrigin.COMPLAINT);
            given(complaint).when(new WithdrawComplaint(CASE, "شاکی رضایت داد"), GD)
                    .expectEvents(new ComplaintWithdrawn(CASE, "شاکی رضایت داد"));
            given(complaint, new ComplaintWithdrawn(CASE, "رضایت"), AT_PRIMARY).when(primaryRuling(Penalty.of(1)), member("J1"))
                    .expectEvents(new RulingIssued(CASE, "R-1", BoardLevel.PRIMARY, "P1", "J1", List.of("J1", "J2", "K1"),
                                    List.of("J1", "K1"), Penalty.of(1), List.of(12), "اخذ وجه بیش از تعرفه ثابت است", true, null),
                            new RulingBecameFinal(CASE, "R-1", OFFICE, MANAGER, Penalty.of(1), FinalityBasis.ON_ISSUE, NOW, null));
        }

        @Test
        void a_case_not_from_a_complaint_has_none_to_withdraw() {
            given(OPENED).when(new WithdrawComplaint(CASE, "رضایت"), GD)
                    .expectException(violates(Rule.A38_NO_COMPLAINT_TO_WITHDRAW)).expectNoEvents();
        }

        @Test
        void a_manager_finally_penalised_with_degree_3_who_offends_again_gets_more_than_3() {
            history.add(new FinalRuling("DC-0", "R-OLD", 3, NOW.minus(Duration.ofDays(90))));
            given(OPENED, AT_PRIMARY).when(primaryRuling(Penalty.of(3)), member("J1"))
                    .expectException(violates(Rule.A38_REPEAT_OFFENCE_HIGHER_DEGREE))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("R-OLD"))
                    .expectNoEvents();
            given(OPENED, AT_PRIMARY).when(primaryRuling(Penalty.of(4)), member("J1"))
                    .expectEvents(new RulingIssued(CASE, "R-1", BoardLevel.PRIMARY, "P1", "J1", List.of("J1", "J2", "K1"),
                                    List.of("J1", "K1"), Penalty.of(4), List.of(12), "اخذ وجه بیش از تعرفه ثابت است", false, "R-OLD"),
                            new RulingBecameFinal(CASE, "R-1", OFFICE, MANAGER, Penalty.of(4), FinalityBasis.ON_ISSUE, NOW, null));
        }

        @Test
        void a_previous_suspension_is_not_a_degree_1_to_4_ruling() {
            history.add(new FinalRuling("DC-0", "R-OLD", 5, NOW.minus(Duration.ofDays(400))));
            given(OPENED, AT_PRIMARY).when(primaryRuling(Penalty.of(2)), member("J1")).expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Execution {

        @Test
        void a_final_degree_4_reprimand_is_published_once() {
            RulingBecameFinal fin = new RulingBecameFinal(CASE, "R-1", OFFICE, MANAGER, Penalty.of(4), FinalityBasis.ON_ISSUE,
                    NOW, null);
            given(OPENED, AT_PRIMARY, primaryIssued(Penalty.of(4)), fin).when(new PublishReprimand(CASE, "R-1"), SYSTEM)
                    .expectEvents(new ReprimandPublished(CASE, "R-1", OFFICE, MANAGER));
            given(OPENED, AT_PRIMARY, primaryIssued(Penalty.of(4)), fin, new ReprimandPublished(CASE, "R-1", OFFICE, MANAGER))
                    .when(new PublishReprimand(CASE, "R-1"), SYSTEM)
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void only_the_system_executes() {
            given(OPENED, AT_PRIMARY, primaryIssued(Penalty.of(4)),
                    new RulingBecameFinal(CASE, "R-1", OFFICE, MANAGER, Penalty.of(4), FinalityBasis.ON_ISSUE, NOW, null))
                    .when(new PublishReprimand(CASE, "R-1"), GD)
                    .expectException(violates(Rule.A35_EXECUTION_BY_SYSTEM_ONLY)).expectNoEvents();
        }
    }
}
