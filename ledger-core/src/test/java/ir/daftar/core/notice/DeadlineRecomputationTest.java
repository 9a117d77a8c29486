package ir.daftar.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.calendar.HolidayCalendar;
import ir.daftar.core.calendar.HolidayList;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Rule;
import ir.daftar.core.notice.NoticeCommand.RecomputeDeadline;
import ir.daftar.core.notice.NoticeEvent.DeadlineRecomputed;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.NoticeEvent.NoticeWithdrawn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0800: a deadline computed with a provisional lunar holiday is computed again, as a new event,
 * when the official list moves that holiday; the first deadline stays in the history as it was.
 */
class DeadlineRecomputationTest {

    static final DeadlineRule APPEAL_20 = new DeadlineRule(DeadlineKind.APPEAL, 20);
    /** Served Sunday 1405/03/10 (2026-05-31) at 10:00 in Tehran: day 21 is Sunday 1405/03/31 (2026-06-21). */
    static final Instant SERVED = Instant.parse("2026-05-31T06:30:00Z");
    static final LocalDate DAY_21 = LocalDate.of(2026, 6, 21);

    /** The list before: two lunar holidays (say Tasua and Ashura) computed for days 20 and 21, provisional. */
    static final HolidayCalendar PROVISIONAL = new HolidayList(List.of(), List.of(DAY_21.minusDays(1), DAY_21));
    /** The official list of the year: both are one day later, days 21 and 22 (Monday 2026-06-22). */
    static final HolidayCalendar OFFICIAL = new HolidayList(List.of(DAY_21, DAY_21.plusDays(1)), List.of());

    /** The calendar the aggregate is given: the list in force at the moment of the command. */
    static final class Current implements HolidayCalendar {
        HolidayCalendar list = PROVISIONAL;

        @Override
        public boolean isOfficialHoliday(LocalDate day) {
            return list.isOfficialHoliday(day);
        }

        @Override
        public boolean isProvisionalHoliday(LocalDate day) {
            return list.isProvisionalHoliday(day);
        }

        @Override
        public String version() {
            return list.version();
        }

        @Override
        public HolidayCalendar snapshot() {
            return list;
        }
    }

    AggregateTestFixture<Notice> fixture;
    Current calendar;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notice.class);
        calendar = new Current();
        fixture.registerInjectableResource(new NoticeTest.Cases());
        fixture.registerInjectableResource(calendar);
    }

    static NoticeDeposited deposited(Deadline deadline) {
        return new NoticeDeposited(NoticeTest.NOTICE, NoticeTest.FILING, NoticeTest.APPLICANT, NoticeTest.REGISTERED,
                SERVED, deadline);
    }

    @Test
    void a8_a_deadline_resting_on_a_provisional_holiday_says_so_and_names_its_list() {
        Deadline d = ServiceDeadlines.compute(APPEAL_20, SERVED, PROVISIONAL);

        assertThat(JalaliDate.of(d.serviceDate())).isEqualTo(JalaliDate.parse("1405/03/10"));
        assertThat(d.dueDate()).isEqualTo(DAY_21.plusDays(1));
        assertThat(d.restsOnProvisionalHoliday()).isTrue();
        assertThat(d.provisionalHolidays()).containsExactly(DAY_21);
        assertThat(d.holidayListVersion()).isEqualTo(PROVISIONAL.version()).isNotEqualTo(OFFICIAL.version());
    }

    @Test
    void a8_the_official_correction_recomputes_the_open_deadline_as_a_new_event() {
        Deadline before = ServiceDeadlines.compute(APPEAL_20, SERVED, PROVISIONAL);
        Deadline after = ServiceDeadlines.compute(APPEAL_20, SERVED, OFFICIAL);
        assertThat(after.dueDate()).isEqualTo(DAY_21.plusDays(2));
        assertThat(after.restsOnProvisionalHoliday()).isFalse();
        assertThat(after.holidayListVersion()).isEqualTo(OFFICIAL.version());

        calendar.list = OFFICIAL;
        fixture.givenCurrentTime(Instant.parse("2026-06-10T08:00:00Z"));
        fixture.given(NoticeTest.issuedToApplicant(APPEAL_20), deposited(before))
                .when(new RecomputeDeadline(NoticeTest.NOTICE), NoticeTest.DISPATCHER)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeadlineRecomputed(NoticeTest.NOTICE, NoticeTest.FILING, before, after))
                .expectResultMessagePayload(new DeadlineRecomputed(NoticeTest.NOTICE, NoticeTest.FILING, before, after));
    }

    @Test
    void a8_a_second_recomputation_with_the_same_list_records_nothing() {
        Deadline before = ServiceDeadlines.compute(APPEAL_20, SERVED, PROVISIONAL);
        Deadline after = ServiceDeadlines.compute(APPEAL_20, SERVED, OFFICIAL);
        calendar.list = OFFICIAL;
        fixture.givenCurrentTime(Instant.parse("2026-06-10T08:00:00Z"));
        fixture.given(NoticeTest.issuedToApplicant(APPEAL_20), deposited(before),
                        new DeadlineRecomputed(NoticeTest.NOTICE, NoticeTest.FILING, before, after))
                .when(new RecomputeDeadline(NoticeTest.NOTICE), NoticeTest.DISPATCHER)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a8_a_list_that_changes_no_day_of_the_deadline_records_nothing() {
        Deadline before = ServiceDeadlines.compute(APPEAL_20, SERVED, OFFICIAL);
        calendar.list = new HolidayList(List.of(DAY_21, DAY_21.plusDays(1), LocalDate.of(2026, 9, 1)), List.of());
        fixture.givenCurrentTime(Instant.parse("2026-06-10T08:00:00Z"));
        fixture.given(NoticeTest.issuedToApplicant(APPEAL_20), deposited(before))
                .when(new RecomputeDeadline(NoticeTest.NOTICE), NoticeTest.DISPATCHER)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a8_a_deadline_that_has_run_out_or_a_withdrawn_notice_is_not_recomputed() {
        Deadline before = ServiceDeadlines.compute(APPEAL_20, SERVED, PROVISIONAL);
        calendar.list = OFFICIAL;
        fixture.givenCurrentTime(Instant.parse("2026-07-01T08:00:00Z"));
        fixture.given(NoticeTest.issuedToApplicant(APPEAL_20), deposited(before))
                .when(new RecomputeDeadline(NoticeTest.NOTICE), NoticeTest.DISPATCHER)
                .expectNoEvents();
        fixture.givenCurrentTime(Instant.parse("2026-06-10T08:00:00Z"));
        fixture.given(NoticeTest.issuedToApplicant(APPEAL_20), deposited(before),
                        new NoticeWithdrawn(NoticeTest.NOTICE, NoticeTest.FILING, "ابلاغ به اشتباه صادر شد"))
                .when(new RecomputeDeadline(NoticeTest.NOTICE), NoticeTest.DISPATCHER)
                .expectNoEvents();
    }

    @Test
    void a8_after_an_upheld_lack_of_access_the_deadline_is_recomputed_from_the_later_service() {
        Instant deposit = SERVED.minus(java.time.Duration.ofDays(3));
        Deadline first = ServiceDeadlines.compute(APPEAL_20, deposit, PROVISIONAL);
        Deadline moved = ServiceDeadlines.compute(APPEAL_20, SERVED, PROVISIONAL);
        Deadline after = ServiceDeadlines.compute(APPEAL_20, SERVED, OFFICIAL);
        calendar.list = OFFICIAL;
        fixture.givenCurrentTime(Instant.parse("2026-06-10T08:00:00Z"));
        fixture.given(NoticeTest.issuedToApplicant(APPEAL_20), new NoticeDeposited(NoticeTest.NOTICE, NoticeTest.FILING,
                                NoticeTest.APPLICANT, NoticeTest.REGISTERED, deposit, first),
                        new NoticeEvent.LackOfAccessClaimed(NoticeTest.NOTICE, NoticeTest.FILING, "بستری بودم"),
                        new NoticeEvent.LackOfAccessUpheld(NoticeTest.NOTICE, NoticeTest.FILING, deposit, SERVED, moved,
                                "گواهی پذیرفته شد"))
                .when(new RecomputeDeadline(NoticeTest.NOTICE), NoticeTest.DISPATCHER)
                .expectEvents(new DeadlineRecomputed(NoticeTest.NOTICE, NoticeTest.FILING, moved, after));
    }

    @Test
    void a8_deadlines_are_recomputed_by_the_system_not_by_a_party() {
        calendar.list = OFFICIAL;
        NoticeTest.refusedWith(fixture.given(NoticeTest.issuedToApplicant(APPEAL_20),
                        deposited(ServiceDeadlines.compute(APPEAL_20, SERVED, PROVISIONAL)))
                .when(new RecomputeDeadline(NoticeTest.NOTICE), NoticeTest.RECIPIENT), Rule.A8_ALERT_BY_SYSTEM_ONLY);
    }
}
