package ir.daftar.core.calendar;

import ir.daftar.core.calendar.HolidayListCommand.LoadOfficialHolidays;
import ir.daftar.core.calendar.HolidayListEvent.OfficialHolidaysLoaded;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ADR 0800: official holiday lists are loaded by an administrator, each load an event naming its source. */
class OfficialHolidayListsTest {

    static final Map<String, String> ADMIN = Map.of(MetaDataKeys.ACTOR_ID, "admin-1", MetaDataKeys.ACTOR_ROLE,
            ActorRole.ADMIN.name());
    static final Map<String, String> COURT = Map.of(MetaDataKeys.ACTOR_ID, "COURT-7", MetaDataKeys.ACTOR_ROLE,
            ActorRole.COURT_STAFF.name(), MetaDataKeys.AUTHORITY_ID, "TEH-CIV-12");
    static final String SOURCE = "تقویم رسمی ۱۴۰۵";
    static final List<HolidayEntry> LIST = List.of(
            new HolidayEntry(JalaliDate.parse("1405/01/01"), "Nowruz", null),
            new HolidayEntry(JalaliDate.parse("1405/04/04"), "Ashura", LunarHoliday.ASHURA));

    AggregateTestFixture<OfficialHolidayLists> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OfficialHolidayLists.class);
    }

    static void refusedWith(ResultValidator<OfficialHolidayLists> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.startsWith(rule.name() + ":"))
                .expectNoEvents();
    }

    @Test
    void a8_an_administrator_loads_the_first_list_of_a_year() {
        fixture.givenNoPriorActivity()
                .when(new LoadOfficialHolidays(OfficialHolidayLists.ID, 1405, LIST, SOURCE), ADMIN)
                .expectEvents(new OfficialHolidaysLoaded(OfficialHolidayLists.ID, 1405, 1, LIST, SOURCE));
    }

    @Test
    void a8_a_corrected_list_is_the_next_revision_of_its_year_and_the_first_stays() {
        fixture.given(new OfficialHolidaysLoaded(OfficialHolidayLists.ID, 1405, 1, LIST, SOURCE),
                        new OfficialHolidaysLoaded(OfficialHolidayLists.ID, 1404, 1, List.of(
                                new HolidayEntry(JalaliDate.parse("1404/01/01"), "Nowruz", null)), SOURCE))
                .when(new LoadOfficialHolidays(OfficialHolidayLists.ID, 1405, LIST, "اصلاحیه"), ADMIN)
                .expectEvents(new OfficialHolidaysLoaded(OfficialHolidayLists.ID, 1405, 2, LIST, "اصلاحیه"));
    }

    @Test
    void a8_only_an_administrator_loads_a_list() {
        refusedWith(fixture.givenNoPriorActivity()
                .when(new LoadOfficialHolidays(OfficialHolidayLists.ID, 1405, LIST, SOURCE), COURT),
                Rule.A8_HOLIDAY_LIST_ADMIN_ONLY);
    }

    @Test
    void a8_a_list_names_its_source_document() {
        refusedWith(fixture.givenNoPriorActivity()
                .when(new LoadOfficialHolidays(OfficialHolidayLists.ID, 1405, LIST, " "), ADMIN),
                Rule.A8_HOLIDAY_LIST_SOURCE_REQUIRED);
    }

    @Test
    void a8_every_day_of_a_list_is_in_its_year() {
        refusedWith(fixture.givenNoPriorActivity()
                .when(new LoadOfficialHolidays(OfficialHolidayLists.ID, 1404, LIST, SOURCE), ADMIN),
                Rule.A8_HOLIDAY_OUTSIDE_YEAR);
    }

    @Test
    void a8_a_day_or_a_lunar_holiday_is_listed_once() {
        refusedWith(fixture.givenNoPriorActivity()
                .when(new LoadOfficialHolidays(OfficialHolidayLists.ID, 1405, List.of(LIST.get(1),
                        new HolidayEntry(JalaliDate.parse("1405/04/05"), "Ashura again", LunarHoliday.ASHURA)), SOURCE), ADMIN),
                Rule.A8_HOLIDAY_LIST_INVALID);
        refusedWith(fixture.givenNoPriorActivity()
                .when(new LoadOfficialHolidays(OfficialHolidayLists.ID, 1405, List.of(), SOURCE), ADMIN),
                Rule.A8_HOLIDAY_LIST_INVALID);
    }
}
