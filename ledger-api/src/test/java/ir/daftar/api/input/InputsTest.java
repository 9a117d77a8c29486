package ir.daftar.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.api.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** Issue 12: money keeps its sign (a negative amount is refused, never read as positive); a field is reported once. */
class InputsTest {

    @Test
    void minus_five_is_refused_not_stored_as_five() {
        for (String raw : new String[] {"-5", "--5", "5-", "−8500000", "-۸۵۰۰۰۰۰", "8,500,000-", "－5"}) {
            Inputs in = new Inputs();
            assertThat(in.amount("amountRials", raw)).as(raw).isNull();
            assertThatThrownBy(in::check).as(raw).isInstanceOfSatisfying(InvalidInput.class, e ->
                    assertThat(e.errors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("amountRials");
                        assertThat(f.code()).isEqualTo("NEGATIVE");
                    }));
        }
    }

    @Test
    void persian_digits_and_separators_are_read() {
        Inputs in = new Inputs();
        assertThat(in.amount("claimValueRials", "۳۰۰٬۰۰۰٬۰۰۰")).isEqualTo(300_000_000L);
        assertThat(in.amount("claimValueRials", "8,500,000")).isEqualTo(8_500_000L);
        in.check();
    }

    @Test
    void a_bad_required_amount_is_reported_once_as_what_is_wrong_with_it() {
        Inputs in = new Inputs();
        in.required("amountRials", in.amount("amountRials", "12abc"));
        assertThatThrownBy(in::check).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("INVALID")));
    }

    @Test
    void a_missing_required_amount_is_reported_as_required() {
        Inputs in = new Inputs();
        in.required("amountRials", in.amount("amountRials", null));
        assertThatThrownBy(in::check).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("REQUIRED")));
    }

    private static final java.time.LocalDate FROM = java.time.LocalDate.of(2000, 1, 1);
    private static final java.time.LocalDate TO = java.time.LocalDate.of(2026, 12, 3);

    @Test
    void a_case_registered_on_a_jalali_date_is_read_in_either_calendar() {
        Inputs in = new Inputs();
        assertThat(in.date("registeredOn", "1405/09/11", FROM, TO)).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
        assertThat(in.date("registeredOn", "۱۴۰۵/۰۹/۱۱", FROM, TO)).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
        assertThat(in.date("registeredOn", "2026-12-02", FROM, TO)).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
        in.check();
    }

    @Test
    void an_impossible_or_implausible_date_is_a_400_naming_the_field_not_a_500() {
        for (String raw : new String[] {"2026-13-45", "1405/13/01", "123", "02/12/2026", "yesterday", "1405/12/30"}) {
            Inputs in = new Inputs();
            assertThat(in.date("registeredOn", raw, FROM, TO)).as(raw).isNull();
            assertThatThrownBy(in::check).as(raw).isInstanceOfSatisfying(InvalidInput.class, e ->
                    assertThat(e.errors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("registeredOn");
                        assertThat(f.code()).isEqualTo("INVALID_DATE");
                    }));
        }
        for (String raw : new String[] {"1900-01-01", "2030-01-01", "1378/01/01"}) {
            Inputs in = new Inputs();
            assertThat(in.date("registeredOn", raw, FROM, TO)).as(raw).isNull();
            assertThatThrownBy(in::check).as(raw).isInstanceOfSatisfying(InvalidInput.class, e ->
                    assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("DATE_OUT_OF_RANGE")));
        }
    }

    @Test
    void a_document_title_is_a_name_not_a_path_but_may_carry_a_persian_date() {
        for (String path : new String[] {"../../etc/passwd", "/etc/shadow", "etc/passwd", "C:\\boot.ini", "....//x", "a/"}) {
            assertThat(Inputs.looksLikeAPath(path)).as(path).isTrue();
        }
        for (String name : new String[] {"نامه مورخ ۱۴۰۵/۰۹/۱۱", "letter 1405/77", "دادخواست", "گزارش - نسخه ۲"}) {
            assertThat(Inputs.looksLikeAPath(name)).as(name).isFalse();
        }
    }

    @Test
    void a_page_count_of_zero_is_reported_against_the_page_count_not_the_document() {
        Inputs in = new Inputs();
        assertThat(in.document("documents[0].", "d1", "دادخواست", 0, null, "c2Nhbg==")).isNull();
        assertThatThrownBy(in::check).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("documents[0].pageCount")));
    }

    @Test
    void a_hash_that_does_not_match_the_content_is_named_and_a_good_document_is_built() {
        Inputs bad = new Inputs();
        assertThat(bad.document("", "d1", "دادخواست", 2, "a".repeat(64), "c2Nhbg==")).isNull();
        assertThatThrownBy(bad::check).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("sha256")));
        Inputs good = new Inputs();
        assertThat(good.document("", "d1", "نامه ۱۴۰۵/۰۹/۱۱", 2, null, "c2Nhbg==").sha256())
                .isEqualTo(Inputs.sha256("scan".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        good.check();
    }
}
