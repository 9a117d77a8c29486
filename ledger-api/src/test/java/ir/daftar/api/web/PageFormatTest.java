package ir.daftar.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the pages show of dates, numbers and languages, and where the language switch may send a person back to. */
class PageFormatTest {

    private final PageFormat fmt = new PageFormat();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void persian_pages_show_the_jalali_date_in_tehran_with_persian_digits_and_the_gregorian_for_the_title() {
        LocaleContextHolder.setLocale(PageLocale.PERSIAN);
        // 2026-12-02T20:45Z is 00:15 on 12 Azar 1405 in Tehran (UTC+3:30): the day turns over in Tehran, not in UTC
        Instant late = Instant.parse("2026-12-02T20:45:00Z");
        assertThat(fmt.dateTime(late)).isEqualTo("۱۴۰۵/۰۹/۱۲ ۰۰:۱۵");
        assertThat(fmt.date(late)).isEqualTo("۱۴۰۵/۰۹/۱۲");
        assertThat(fmt.gregorian(late)).isEqualTo("2026-12-03 00:15");
        assertThat(fmt.iso(late)).isEqualTo("2026-12-02T20:45:00Z");
        assertThat(fmt.day(LocalDate.of(2027, 3, 21))).isEqualTo("۱۴۰۶/۰۱/۰۱");
        assertThat(fmt.gregorianDay(LocalDate.of(2027, 3, 21))).isEqualTo("2027-03-21");
        assertThat(fmt.n("4821093376510428")).isEqualTo("۴۸۲۱۰۹۳۳۷۶۵۱۰۴۲۸");
        assertThat(fmt.rials(12_500_000L)).isEqualTo("۱۲٬۵۰۰٬۰۰۰");
        assertThat(fmt.lang()).isEqualTo("fa");
        assertThat(fmt.dir()).isEqualTo("rtl");
    }

    @Test
    void english_pages_keep_the_jalali_date_with_latin_digits_left_to_right() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Instant noon = Instant.parse("2026-12-03T08:30:00Z");
        assertThat(fmt.dateTime(noon)).isEqualTo("1405/09/12 12:00");
        assertThat(fmt.n(42)).isEqualTo("42");
        assertThat(fmt.rials(1_000L)).isEqualTo("1,000");
        assertThat(fmt.dir()).isEqualTo("ltr");
    }

    @Test
    void the_jalali_text_is_icus_own_over_a_century_of_instants_in_both_languages() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1405);
        long from = Instant.parse("1950-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2060-01-01T00:00:00Z").toEpochMilli();
        for (Locale locale : new Locale[] {PageLocale.PERSIAN, Locale.ENGLISH}) {
            LocaleContextHolder.setLocale(locale);
            for (int i = 0; i < 20_000; i++) {
                // whole minutes near a day's or a year's turn are where a calendar is most often wrong
                long millis = i % 4 == 0 ? random.nextLong(from, to) / 60_000 * 60_000 - 12_600_000 : random.nextLong(from, to);
                Instant instant = Instant.ofEpochMilli(millis);
                assertThat(fmt.dateTime(instant)).as("%s in %s", instant, locale)
                        .isEqualTo(PageFormat.icu(millis, "yyyy/MM/dd HH:mm"));
                assertThat(fmt.date(instant)).as("%s in %s", instant, locale).isEqualTo(PageFormat.icu(millis, "yyyy/MM/dd"));
                assertThat(fmt.gregorian(instant)).as("%s", instant).isEqualTo(java.time.format.DateTimeFormatter
                        .ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(java.time.ZoneId.of("Asia/Tehran")).format(instant));
            }
        }
        // Nowruz: the last minute of 1404 and the first of 1405 in Tehran (2026-03-20T14:46 UTC was the equinox)
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.dateTime(Instant.parse("2026-03-20T20:29:00Z"))).isEqualTo("1404/12/29 23:59");
        assertThat(fmt.dateTime(Instant.parse("2026-03-20T20:30:00Z"))).isEqualTo("1405/01/01 00:00");
    }

    @Test
    void nothing_shows_as_nothing() {
        assertThat(fmt.dateTime(null)).isEmpty();
        assertThat(fmt.day(null)).isEmpty();
        assertThat(fmt.n(null)).isEmpty();
        assertThat(fmt.rials(null)).isEmpty();
    }

    @Test
    void the_language_is_the_persons_choice_then_the_browsers_and_persian_for_anything_else() {
        PageLocale locales = new PageLocale();
        MockHttpServletRequest german = new MockHttpServletRequest();
        german.addHeader("Accept-Language", "de");
        assertThat(locales.resolveLocale(german).getLanguage()).isEqualTo("fa");
        MockHttpServletRequest english = new MockHttpServletRequest();
        english.addHeader("Accept-Language", "en-GB,en;q=0.9");
        assertThat(locales.resolveLocale(english).getLanguage()).isEqualTo("en");

        MockHttpServletResponse chosen = new MockHttpServletResponse();
        locales.setLocale(english, chosen, PageLocale.PERSIAN);
        assertThat(chosen.getCookie(PageLocale.COOKIE).getValue()).isEqualTo("fa");
        assertThat(chosen.getCookie(PageLocale.COOKIE).isHttpOnly()).isTrue();
        english.setCookies(chosen.getCookie(PageLocale.COOKIE));
        assertThat(locales.resolveLocale(english).getLanguage()).isEqualTo("fa");
    }

    @Test
    void the_language_switch_sends_back_only_to_a_path_of_this_site() {
        assertThat(SiteController.isLocalPath("/my/filings?x=1")).isTrue();
        assertThat(SiteController.isLocalPath("//evil.example/")).isFalse();
        assertThat(SiteController.isLocalPath("https://evil.example/")).isFalse();
        assertThat(SiteController.isLocalPath("/\\evil.example")).isFalse();
        assertThat(SiteController.isLocalPath("/a\r\nSet-Cookie: x=y")).isFalse();
        assertThat(SiteController.isLocalPath(null)).isFalse();
    }
}
