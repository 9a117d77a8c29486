package ir.daftar.api.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.calendar.HolidayEntry;
import ir.daftar.core.calendar.HolidayListEvent.OfficialHolidaysLoaded;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.LunarHoliday;
import ir.daftar.core.calendar.OfficialHolidayLists;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.notice.Deadline;
import ir.daftar.core.notice.DeadlineKind;
import ir.daftar.core.notice.DeadlineRule;
import ir.daftar.core.notice.ServiceDeadlines;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A8/A36 with ADR 0800: 20-day appeal deadlines across Tasua and Ashura and across Nowruz with Eid
 * al-Fitr, with the shipped solar files and the lunar holidays ICU computes (provisional), then with
 * an official list loaded.
 */
class DeadlinesAcrossLunarHolidaysTest {

    static final DeadlineRule APPEAL_20 = new DeadlineRule(DeadlineKind.APPEAL, 20);

    EmbeddedEventStore store;
    HolidayLists calendar;

    @BeforeEach
    void setUp() throws IOException {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        List<HolidayEntry> shipped = new ArrayList<>();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath*:holidays/*.txt")) {
            shipped.addAll(HolidayFiles.read(file));
        }
        calendar = new HolidayLists(store, new HolidayFiles.Shipped(shipped), "islamic-civil");
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
    }

    static Instant tehranMorning(String jalali) {
        return JalaliDate.parse(jalali).toGregorian().atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Tehran")).toInstant();
    }

    void load(int year, long seq, List<HolidayEntry> holidays) {
        store.publish(new GenericDomainEventMessage<>("OfficialHolidayLists", OfficialHolidayLists.ID, seq,
                new OfficialHolidaysLoaded(OfficialHolidayLists.ID, year, (int) seq + 1, holidays, "تقویم رسمی " + year),
                Map.of(MetaDataKeys.ACTOR_ID, "admin-1")));
    }

    @Test
    void icu_puts_tasua_and_ashura_1405_on_thursday_and_friday_1405_04_04_and_05() {
        List<LunarHolidayCalculator.Provisional> computed = new LunarHolidayCalculator(HolidayLists.DEFAULT_CALCULATION)
                .holidaysOf(1405);
        LocalDate tasua = computed.stream().filter(p -> p.holiday() == LunarHoliday.TASUA).findFirst().orElseThrow().date();

        assertThat(JalaliDate.of(tasua)).isEqualTo(JalaliDate.parse("1405/04/04"));
        assertThat(tasua.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    }

    @Test
    void a20_day_appeal_ending_on_a_provisional_tasua_moves_past_ashura_and_says_it_rests_on_them() {
        // served 1405/03/14 (2026-06-04): day 21 is Thursday 1405/04/04, Tasua; Friday is Ashura; Saturday is the last day
        Deadline d = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1405/03/14"), calendar);

        assertThat(d.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/04/06"));
        assertThat(d.restsOnProvisionalHoliday()).isTrue();
        assertThat(d.provisionalHolidays()).containsExactly(JalaliDate.parse("1405/04/04").toGregorian());
        assertThat(d.holidayListVersion()).isEqualTo(calendar.version());
    }

    @Test
    void without_the_lunar_holidays_the_same_deadline_would_end_on_tasua_a_day_early() {
        Deadline solarOnly = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1405/03/14"),
                new ir.daftar.core.calendar.HolidayList(List.of(), List.of()));

        assertThat(solarOnly.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/04/04"));
    }

    @Test
    void once_the_official_list_is_loaded_the_deadline_no_longer_rests_on_a_provisional_day() {
        // the official calendar of 1405 (OfficialLunarHolidaysTest) puts Tasua on Wednesday 04/03 and Ashura on
        // Thursday 04/04, a day before ICU: day 21 is then Ashura, Friday follows, the last day is still Saturday
        String before = calendar.version();
        load(1405, 0, List.of(
                new HolidayEntry(JalaliDate.parse("1405/01/01"), "Nowruz", null),
                new HolidayEntry(JalaliDate.parse("1405/04/03"), "Tasua", LunarHoliday.TASUA),
                new HolidayEntry(JalaliDate.parse("1405/04/04"), "Ashura", LunarHoliday.ASHURA)));

        Deadline d = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1405/03/14"), calendar);

        assertThat(d.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/04/06"));
        assertThat(d.restsOnProvisionalHoliday()).isFalse();
        assertThat(d.holidayListVersion()).isNotEqualTo(before).isEqualTo(calendar.version());
        assertThat(calendar.loaded(1405).loadedBy()).isEqualTo("admin-1");
    }

    @Test
    void a_deadline_ending_on_the_official_tasua_1405_a_day_before_icus_ends_three_days_later_once_the_list_is_loaded() {
        // served 1405/03/13 (2026-06-03): day 21 is Wednesday 1405/04/03, a working day by ICU (its Tasua is 04/04)
        Deadline provisional = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1405/03/13"), calendar);
        assertThat(provisional.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/04/03"));
        assertThat(provisional.restsOnProvisionalHoliday()).isFalse();

        // the official list: Tasua Wednesday 04/03, Ashura Thursday 04/04, then Friday: the last day is Saturday
        load(1405, 0, List.of(
                new HolidayEntry(JalaliDate.parse("1405/04/03"), "Tasua", LunarHoliday.TASUA),
                new HolidayEntry(JalaliDate.parse("1405/04/04"), "Ashura", LunarHoliday.ASHURA)));

        Deadline official = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1405/03/13"), calendar);
        assertThat(official.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/04/06"));
        assertThat(official.restsOnProvisionalHoliday()).isFalse();
    }

    @Test
    void a_list_that_moves_ashura_a_day_later_moves_the_deadline() {
        // a made-up correction (not the real calendar, which has them a day earlier than ICU): Tasua on
        // Friday 04/05 and Ashura on Saturday 04/06
        load(1405, 0, List.of(
                new HolidayEntry(JalaliDate.parse("1405/04/05"), "Tasua", LunarHoliday.TASUA),
                new HolidayEntry(JalaliDate.parse("1405/04/06"), "Ashura", LunarHoliday.ASHURA)));

        Deadline d = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1405/03/14"), calendar);

        assertThat(d.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/04/04"));
        HolidayYear year = calendar.handle(new FindHolidayYear(1405));
        assertThat(year.source().kind()).isEqualTo("LOADED");
        assertThat(year.lunar()).filteredOn(l -> l.holiday().equals("ASHURA"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.status()).isEqualTo("MOVED");
                    assertThat(l.differenceDays()).isEqualTo(1);
                    assertThat(l.officialDateJalali()).isEqualTo("1405/04/06");
                });
    }

    @Test
    void icu_puts_eid_al_fitr_1447_on_1404_12_29_and_nowruz_day_one_inside_the_holidays_already() {
        List<LunarHolidayCalculator.Provisional> computed = new ArrayList<>(
                new LunarHolidayCalculator(HolidayLists.DEFAULT_CALCULATION).holidaysOf(1404));
        computed.addAll(new LunarHolidayCalculator(HolidayLists.DEFAULT_CALCULATION).holidaysOf(1405));

        assertThat(computed).filteredOn(p -> p.holiday() == LunarHoliday.EID_AL_FITR)
                .extracting(p -> JalaliDate.of(p.date()).toString())
                .contains("1404/12/29");
        assertThat(computed).filteredOn(p -> p.holiday() == LunarHoliday.EID_AL_FITR_SECOND_DAY)
                .extracting(p -> JalaliDate.of(p.date()).toString())
                .contains("1405/01/01");
    }

    @Test
    void a20_day_appeal_across_nowruz_and_eid_al_fitr_ends_after_the_fourth_of_farvardin() {
        // served 1404/12/08 (2026-02-27): day 21 is Friday 1404/12/29 (oil nationalization, Eid al-Fitr by ICU),
        // then Nowruz 1405/01/01-04 (the second day of Eid on the first): the last day is Wednesday 1405/01/05
        Deadline d = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1404/12/08"), calendar);

        assertThat(d.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/01/05"));
        assertThat(d.restsOnProvisionalHoliday()).isFalse();
    }

    @Test
    void if_the_official_eid_al_fitr_is_the_second_and_third_of_farvardin_it_still_ends_on_the_fifth() {
        load(1405, 0, List.of(
                new HolidayEntry(JalaliDate.parse("1405/01/01"), "Nowruz", null),
                new HolidayEntry(JalaliDate.parse("1405/01/02"), "Nowruz, Eid al-Fitr", LunarHoliday.EID_AL_FITR),
                new HolidayEntry(JalaliDate.parse("1405/01/03"), "Nowruz, Eid al-Fitr", LunarHoliday.EID_AL_FITR_SECOND_DAY),
                new HolidayEntry(JalaliDate.parse("1405/01/04"), "Nowruz", null)));

        Deadline d = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1404/12/08"), calendar);

        assertThat(d.dueDateJalali()).isEqualTo(JalaliDate.parse("1405/01/05"));
    }

    @Test
    void a_tasua_and_ashura_of_1404_on_saturday_and_sunday_move_a_deadline_to_monday() {
        // served 1404/03/24 (2025-06-14): day 21 is Saturday 1404/04/14 (Tasua), Sunday Ashura: Monday 1404/04/16
        Deadline d = ServiceDeadlines.compute(APPEAL_20, tehranMorning("1404/03/24"), calendar);

        assertThat(d.dueDateJalali()).isEqualTo(JalaliDate.parse("1404/04/16"));
        assertThat(d.provisionalHolidays()).hasSize(2);
    }
}
