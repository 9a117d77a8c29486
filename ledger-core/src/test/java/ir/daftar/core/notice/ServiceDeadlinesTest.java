package ir.daftar.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.calendar.HolidayCalendar;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.OfficialHolidays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines in days from service, in Tehran, past Fridays and official holidays (A8; Civil Procedure Code arts. 443-444). */
class ServiceDeadlinesTest {

    /** 29 Esfand 1404, Nowruz 1-4 Farvardin 1405, 12-13 Farvardin 1405. */
    static final HolidayCalendar HOLIDAYS = new OfficialHolidays(List.of(
            JalaliDate.parse("1404/12/29"), JalaliDate.parse("1405/01/01"), JalaliDate.parse("1405/01/02"),
            JalaliDate.parse("1405/01/03"), JalaliDate.parse("1405/01/04"), JalaliDate.parse("1405/01/12"),
            JalaliDate.parse("1405/01/13")));

    private static final DeadlineRule APPEAL_20 = new DeadlineRule(DeadlineKind.APPEAL, 20);
    private static final DeadlineRule REPLY_10 = new DeadlineRule(DeadlineKind.REPLY, 10);

    @Test
    void a8_neither_the_day_of_service_nor_the_day_of_the_act_counts() {
        // served Monday 2026-05-04 (1405/02/14): 20 days are 05-05..05-24, the act is in time on Monday 05-25
        Deadline d = ServiceDeadlines.compute(APPEAL_20, Instant.parse("2026-05-04T08:00:00Z"), HOLIDAYS);

        assertThat(d.serviceDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(d.dueDateJalali().toString()).isEqualTo("1405/03/04");
    }

    @Test
    void a8_a_deadline_ending_on_a_friday_moves_to_saturday() {
        Deadline d = ServiceDeadlines.compute(REPLY_10, Instant.parse("2026-05-04T08:00:00Z"), HOLIDAYS);

        assertThat(LocalDate.of(2026, 5, 15).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 5, 16));
    }

    @Test
    void a8_a_deadline_ending_on_sizdah_bedar_moves_past_the_holidays_and_the_friday() {
        // served on Nowruz (electronic service knows no holiday): 1405/01/01 + 11 = 1405/01/12 (holiday),
        // 13 (holiday), 14 (Friday): the last day is Saturday 1405/01/15
        Deadline d = ServiceDeadlines.compute(REPLY_10, Instant.parse("2026-03-21T06:00:00Z"), HOLIDAYS);

        assertThat(d.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/01/15"));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 4, 4));
    }

    @Test
    void a8_a_deadline_across_the_jalali_new_year_moves_past_nowruz() {
        // served 1404/12/18: +11 days is 1404/12/29 (Friday and a holiday), then Nowruz 1-4 Farvardin
        Deadline d = ServiceDeadlines.compute(REPLY_10, Instant.parse("2026-03-09T08:00:00Z"), HOLIDAYS);

        assertThat(JalaliDate.of(d.serviceDate())).isEqualTo(JalaliDate.parse("1404/12/18"));
        assertThat(d.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/01/05"));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void a8_days_are_counted_in_tehran_not_utc() {
        // 21:00 UTC on 4 May is 00:30 on 5 May in Tehran: service is on the 5th
        Deadline d = ServiceDeadlines.compute(APPEAL_20, Instant.parse("2026-05-04T21:00:00Z"), HOLIDAYS);

        assertThat(d.serviceDate()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 5, 26));
    }
}
