package ir.daftar.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Persian text as typed on Arabic and Persian keyboards: one form for storing and comparing. */
class PersianTextTest {

    private static final String ZWNJ = "\u200C";

    @Test
    void arabic_yeh_and_kaf_become_persian() {
        assertThat(PersianText.normalize("علي كريمي")).isEqualTo("علی کریمی");
        assertThat(PersianText.normalize("علي كريمي")).doesNotContain("\u064A", "\u0643");
    }

    @Test
    void alef_maksura_becomes_persian_yeh() {
        assertThat(PersianText.normalize("مصطفى")).isEqualTo("مصطفی");
    }

    @Test
    void arabic_indic_digits_become_persian_digits() {
        assertThat(PersianText.normalize("شعبه ١٢")).isEqualTo("شعبه ۱۲");
    }

    @Test
    void runs_of_spaces_collapse_and_ends_are_trimmed() {
        assertThat(PersianText.normalize("  دادگاه   عمومی\tحقوقی  ")).isEqualTo("دادگاه عمومی حقوقی");
    }

    @Test
    void a_zwnj_inside_a_word_is_kept() {
        assertThat(PersianText.normalize("می" + ZWNJ + "خواهم")).isEqualTo("می" + ZWNJ + "خواهم");
    }

    @Test
    void a_zwnj_next_to_a_space_goes_and_repeated_zwnjs_become_one() {
        assertThat(PersianText.normalize("کتاب" + ZWNJ + " " + ZWNJ + "ها")).isEqualTo("کتاب ها");
        assertThat(PersianText.normalize("کتاب" + ZWNJ + ZWNJ + ZWNJ + "ها")).isEqualTo("کتاب" + ZWNJ + "ها");
    }

    @Test
    void decomposed_letters_are_composed() {
        String decomposed = "\u0627\u0653"; // alef + maddah above
        assertThat(PersianText.normalize(decomposed)).isEqualTo("\u0622"); // آ
    }

    @Test
    void names_compare_equal_across_keyboards_and_zwnj_or_space() {
        assertThat(PersianText.comparable("عبدالله  كريمي" + " زاده"))
                .isEqualTo(PersianText.comparable("عبدالله کریمی" + ZWNJ + "زاده"));
        assertThat(PersianText.comparable("Ali Karimi")).isEqualTo(PersianText.comparable("ALI  KARIMI"));
    }

    @Test
    void different_names_stay_different() {
        assertThat(PersianText.comparable("علی کریمی")).isNotEqualTo(PersianText.comparable("علی رحیمی"));
    }

    @Test
    void null_stays_null() {
        assertThat(PersianText.normalize(null)).isNull();
        assertThat(PersianText.comparable(null)).isNull();
    }
}
