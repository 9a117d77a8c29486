package ir.daftar.api.holidays;

import static ir.daftar.core.calendar.LunarHoliday.ARBAEEN;
import static ir.daftar.core.calendar.LunarHoliday.ASHURA;
import static ir.daftar.core.calendar.LunarHoliday.EID_AL_ADHA;
import static ir.daftar.core.calendar.LunarHoliday.EID_AL_FITR;
import static ir.daftar.core.calendar.LunarHoliday.EID_AL_FITR_SECOND_DAY;
import static ir.daftar.core.calendar.LunarHoliday.EID_AL_GHADIR;
import static ir.daftar.core.calendar.LunarHoliday.FATIMA_MARTYRDOM;
import static ir.daftar.core.calendar.LunarHoliday.IMAM_ALI_BIRTHDAY;
import static ir.daftar.core.calendar.LunarHoliday.IMAM_ALI_MARTYRDOM;
import static ir.daftar.core.calendar.LunarHoliday.IMAM_HASAN_ASKARI_MARTYRDOM;
import static ir.daftar.core.calendar.LunarHoliday.IMAM_REZA_MARTYRDOM;
import static ir.daftar.core.calendar.LunarHoliday.IMAM_SADEGH_MARTYRDOM;
import static ir.daftar.core.calendar.LunarHoliday.MABATH;
import static ir.daftar.core.calendar.LunarHoliday.MID_SHABAN;
import static ir.daftar.core.calendar.LunarHoliday.PROPHET_BIRTHDAY;
import static ir.daftar.core.calendar.LunarHoliday.PROPHET_DEMISE;
import static ir.daftar.core.calendar.LunarHoliday.TASUA;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.IslamicCalendar.CalculationType;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.LunarHoliday;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * ADR 0800: the provisional lunar holidays against the official calendar of Iran for 1404 and 1405.
 *
 * <p><b>Where the official dates come from.</b> The official calendar is prepared by the Calendar
 * Center of the Geophysics Institute of the University of Tehran and approved by the Public Culture
 * Council (شورای فرهنگ عمومی). The printed calendar itself was not at hand; the dates below were read
 * from news pages that publish its holidays (stored copies, read 2026-12-03; dates and holiday names
 * only):
 * <ul>
 * <li>[ILNA] ilna.ir, «سال ۱۴۰۵ چند روز تعطیل رسمی دارد؟», 2025-10-30 (news item 1707051), "based on the
 *     official calendar published by the Public Culture Council": 1405 Farvardin to Tir. It also says
 *     that 1405 begins on 29 Esfand 1404 = 30 Ramadan 1447, that 1405 has 25 holidays, none in
 *     Ordibehesht, Mehr or Azar, 6 in Farvardin, 4 in Mordad and 4 in Esfand, and Eid al-Fitr twice.</li>
 * <li>[EGH-1405] eghtesadonline.com news 2127279, «تقویم فروردین ۱۴۰۵ به همراه مناسبت‌ها» (undated
 *     copy): Eid al-Fitr 1405/01/01 (1 Shawwal) and 1405/01/02 (2 Shawwal).</li>
 * <li>[GRD] gardshgar.com/holiday-1404, «تعطیلات رسمی سال 1404» (undated copy): 1404 Farvardin to Mordad,
 *     and "Sunday 2 [Shahrivar]" (the copy is cut there).</li>
 * <li>[NIL] niliblog.ir, 2025-02-11, «تقویم فروردین 1404 با مناسبت ها و تعطیلاتش» (after setare.com):
 *     1404/01/02 (21 Ramadan), 1404/01/11 and 12 (1 and 2 Shawwal).</li>
 * <li>[TJR] tejaratnews.com, «تقویم اردیبهشت ماه ۱۴۰۴ + تعطیلات رسمی» (undated copy): 1404/02/04.</li>
 * <li>[ESF] esfahanemrooz.ir: news 928411 (Ashura 1404 = Sunday 1404/04/15, undated copy), 928952
 *     (Arbaeen = 1404/05/23, 2025-08-10) and 932535 (Shahrivar 1404: Imam Reza 1404/06/02, 2025-08-16).</li>
 * <li>[ILNA-ARB] ilna.ir news 1672748, 2025-08-12, and [ABNA] fa.abna24.com news 1711693, 2025-07-26:
 *     Arbaeen 1404 in Iran on Thursday 1404/05/23.</li>
 * <li>[PHC] publicholidaycalendar.com, «public holidays in Iran for 2025» (Chinese edition, undated
 *     copy; an aggregator, Gregorian dates): every 1404 date from Eid al-Fitr to Fatima's martyrdom
 *     (2025-03-31 ... 2025-11-24); it gives Imam Ali's martyrdom on 2025-03-21 (1404/01/01), against
 *     1404/01/02 on [GRD] and [NIL].</li>
 * <li>[MEHR-TR] tr.mehrnews.com news 1929640 (undated copy; its Shahrivar 1 is 23 August, its Imam Reza
 *     2 Shahrivar, so 1404): Imam Hasan Askari 10 Shahrivar, the Prophet's birthday 19 Shahrivar.</li>
 * <li>[EGH-DEY] eghtesadonline.com news 2108080 (after Shargh), «تقویم دی ۱۴۰۴»: 1404/10/13 Imam Ali's
 *     birthday and 1404/10/27 Mab'ath, both marked official holidays. tabnak.ir news 1344356
 *     (2025-12-07) puts the birthday on 12 Dey; funyland.ir (a 1403 item after eghtesadonline) says
 *     Father's Day of the next year is 13 Dey. We keep 13 Dey.</li>
 * <li>[ASR] asrshanbe.ir, «تقویم بهمن ۱۴۰۴ + لیست تعطیلی‌ها و مناسبت‌ها» (undated copy): 1404/11/15.</li>
 * <li>[HCD] holidaycountdown.net/countries/iran/martyrdom-of-imam-ali (undated copy, read when the day was 67 days
 *     away, so about 2026-01-03; an aggregator, Gregorian dates): Imam Ali's martyrdom, "a national holiday in
 *     Iran", on Wednesday 2026-03-11 = 1404/12/20 (21 Ramadan 1447). This agrees with [ILNA]'s "29 Esfand 1404 =
 *     30 Ramadan 1447" and not with the tabular calendars (civil and Umm al-Qura: 1404/12/19).</li>
 * <li>[DEQ] donya-e-eqtesad.com news 4259575 (after ISNA, undated copy): the Leader's office crescent committee
 *     expected 1 Shawwal 1447 on Saturday 1 Farvardin [1405], "as in the calendar".</li>
 * </ul>
 * Each entry below names its pages. Resting on a single page: 1404/09/03 (only [PHC]; consistent with
 * sharghdaily.com and ilna.ir news 1725944, 2025-12-11, putting Mother's Day, 20 Jumada al-Thani, on
 * 1404/09/20), 1404/10/27, 1404/11/15, 1404/12/20 (only [HCD], an aggregator), and every 1405 date but Eid
 * al-Fitr (only [ILNA]; Ashura is "Thursday the 4th" where the stored copy is cut). Not found, and so left out of
 * the data rather than guessed: in 1405 everything after Tir (Arbaeen to the Eid al-Fitr of Esfand). Searched again
 * on 2026-12-04, in Persian and English, month by month (Mordad to Esfand 1405, each holiday by name, "Iran
 * holidays 2026/2027"): the stored pages that give these dates are aggregators whose 2026-2027 lists predate the
 * official calendar or equal the civil computation day for day (publicholidays.me and flightpedia.org for 2027,
 * holidayssky.com for 2026, which also puts Eid al-Fitr 1447 on 2026-03-20 against the official 1405/01/01); they
 * are not used, since a computed date would only measure the computation against itself. The martyrdom of Imam
 * Sadegh (25 Shawwal 1447, about 1405/01/25) is not in ILNA's list at all (its Farvardin has six holidays, none of
 * them on the 25th, and its count of 25 leaves no room for it): left out too, see {@link #NOT_FOUND_1405}.
 * Before relying on any of these, an operator checks them against the printed calendar and loads the year's list
 * through the admin endpoint (README): that list, not this test, is what deadlines use.
 */
class OfficialLunarHolidaysTest {

    record Official(LunarHoliday holiday, JalaliDate date) {
    }

    static Official on(LunarHoliday holiday, String jalali) {
        return new Official(holiday, JalaliDate.parse(jalali));
    }

    /** 1404 (2025-03-21 to 2026-03-20): Hijri 1446 (Ramadan-Dhu al-Hijjah) and 1447 (Muharram-Ramadan). */
    static final List<Official> OFFICIAL_1404 = List.of(
            on(IMAM_ALI_MARTYRDOM, "1404/01/02"),          // GRD, NIL (PHC: 01/01)
            on(EID_AL_FITR, "1404/01/11"),                 // GRD, NIL, PHC
            on(EID_AL_FITR_SECOND_DAY, "1404/01/12"),      // GRD, NIL, PHC
            on(IMAM_SADEGH_MARTYRDOM, "1404/02/04"),       // GRD, TJR, PHC
            on(EID_AL_ADHA, "1404/03/16"),                 // GRD, PHC
            on(EID_AL_GHADIR, "1404/03/24"),               // GRD, PHC
            on(TASUA, "1404/04/14"),                       // GRD, PHC
            on(ASHURA, "1404/04/15"),                      // GRD, ESF, PHC
            on(ARBAEEN, "1404/05/23"),                     // GRD, ESF, ILNA-ARB, ABNA, PHC
            on(PROPHET_DEMISE, "1404/05/31"),              // GRD, PHC
            on(IMAM_REZA_MARTYRDOM, "1404/06/02"),         // ESF, GRD (cut), PHC, MEHR-TR
            on(IMAM_HASAN_ASKARI_MARTYRDOM, "1404/06/10"), // PHC, MEHR-TR
            on(PROPHET_BIRTHDAY, "1404/06/19"),            // PHC, MEHR-TR
            on(FATIMA_MARTYRDOM, "1404/09/03"),            // PHC only
            on(IMAM_ALI_BIRTHDAY, "1404/10/13"),           // EGH-DEY, funyland (tabnak: 10/12)
            on(MABATH, "1404/10/27"),                      // EGH-DEY only
            on(MID_SHABAN, "1404/11/15"),                  // ASR only
            on(IMAM_ALI_MARTYRDOM, "1404/12/20"));         // HCD only (agrees with ILNA's 29 Esfand = 30 Ramadan)

    /** 1405 (2026-03-21 to 2027-03-20): Hijri 1447 (Shawwal-Dhu al-Hijjah) and 1448 (Muharram-Shawwal). */
    static final List<Official> OFFICIAL_1405 = List.of(
            on(EID_AL_FITR, "1405/01/01"),                 // ILNA, EGH-1405, DEQ
            on(EID_AL_FITR_SECOND_DAY, "1405/01/02"),      // ILNA, EGH-1405
            on(EID_AL_ADHA, "1405/03/06"),                 // ILNA only
            on(EID_AL_GHADIR, "1405/03/14"),               // ILNA only
            on(TASUA, "1405/04/03"),                       // ILNA only
            on(ASHURA, "1405/04/04"));                     // ILNA only
    // not found: the Eid al-Fitr of Shawwal 1448 (ILNA: in Esfand, no date seen) and NOT_FOUND_1405

    /** The lunar holidays of 1405 whose official date no stored page gave (see the class comment). */
    static final Set<LunarHoliday> NOT_FOUND_1405 = EnumSet.of(IMAM_SADEGH_MARTYRDOM, ARBAEEN, PROPHET_DEMISE,
            IMAM_REZA_MARTYRDOM, IMAM_HASAN_ASKARI_MARTYRDOM, PROPHET_BIRTHDAY, FATIMA_MARTYRDOM, IMAM_ALI_BIRTHDAY,
            MABATH, MID_SHABAN, IMAM_ALI_MARTYRDOM);

    /** Computed minus official, in days, for each official entry (the nearest computed date of the same holiday). */
    static List<Long> differences(CalculationType type, List<Official> official, int year) {
        LunarHolidayCalculator calculator = new LunarHolidayCalculator(type);
        List<LunarHolidayCalculator.Provisional> computed = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            computed.addAll(calculator.holidaysOf(y));
        }
        List<Long> out = new ArrayList<>();
        for (Official o : official) {
            out.add(computed.stream().filter(p -> p.holiday() == o.holiday())
                    .map(p -> ChronoUnit.DAYS.between(o.date().toGregorian(), p.date()))
                    .min((a, b) -> Long.compare(Math.abs(a), Math.abs(b)))
                    .orElseThrow());
        }
        return out;
    }

    static Map<Long, Long> histogram(List<Long> differences) {
        return differences.stream().collect(Collectors.groupingBy(d -> d, java.util.TreeMap::new, Collectors.counting()));
    }

    @Test
    void every_lunar_holiday_is_listed_for_1404_and_1405_or_named_as_not_found() {
        assertThat(OFFICIAL_1404.stream().map(Official::holiday).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(LunarHoliday.class));
        Set<LunarHoliday> listed1405 = OFFICIAL_1405.stream().map(Official::holiday).collect(Collectors.toSet());
        assertThat(listed1405).doesNotContainAnyElementsOf(NOT_FOUND_1405);
        Set<LunarHoliday> all1405 = EnumSet.copyOf(listed1405);
        all1405.addAll(NOT_FOUND_1405);
        assertThat(all1405).isEqualTo(EnumSet.allOf(LunarHoliday.class));
        assertThat(OFFICIAL_1404).allMatch(o -> o.date().year() == 1404);
        assertThat(OFFICIAL_1405).allMatch(o -> o.date().year() == 1405);
    }

    @Test
    void every_official_lunar_holiday_of_1404_and_1405_is_within_a_day_of_the_provisional_date() {
        CalculationType used = HolidayLists.DEFAULT_CALCULATION;
        List<Long> all = new ArrayList<>(differences(used, OFFICIAL_1404, 1404));
        all.addAll(differences(used, OFFICIAL_1405, 1405));

        assertThat(all).hasSize(OFFICIAL_1404.size() + OFFICIAL_1405.size()).allMatch(d -> Math.abs(d) <= 1);
    }

    /** The measurements ADR 0800 reports: computed minus official, days -> how many holidays, per variant. */
    @Test
    void the_variants_differ_from_the_official_calendar_as_adr_0800_says() {
        Map<CalculationType, Map<Long, Long>> measured = new EnumMap<>(CalculationType.class);
        for (CalculationType type : CalculationType.values()) {
            List<Long> all = new ArrayList<>(differences(type, OFFICIAL_1404, 1404));
            all.addAll(differences(type, OFFICIAL_1405, 1405));
            measured.put(type, histogram(all));
        }
        // 24 official lunar holidays of 1404 and 1405 with a source (18 + 6)
        // civil and Umm al-Qura stay within a day of every one; the arithmetic variant with the astronomical
        // epoch (tbla) and the astronomical one do not: 2 days early 7 and 1 times
        assertThat(measured.get(CalculationType.ISLAMIC_CIVIL)).isEqualTo(Map.of(-1L, 7L, 0L, 11L, 1L, 6L));
        assertThat(measured.get(CalculationType.ISLAMIC_UMALQURA)).isEqualTo(Map.of(-1L, 15L, 0L, 9L));
        assertThat(measured.get(CalculationType.ISLAMIC_TBLA)).isEqualTo(Map.of(-2L, 7L, -1L, 11L, 0L, 6L));
        assertThat(measured.get(CalculationType.ISLAMIC)).isEqualTo(Map.of(-2L, 1L, -1L, 19L, 0L, 4L));
        assertThat(HolidayLists.DEFAULT_CALCULATION).isEqualTo(CalculationType.ISLAMIC_CIVIL);
    }
}
