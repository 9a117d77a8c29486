package ir.daftar.api.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A12/A37-7: what the log layout masks, and what it leaves alone. */
class PersonalDataMaskingTest {

    @Test
    void national_codes_legal_ids_and_mobiles_in_any_digits_and_form_are_masked() {
        assertThat(PersonalDataMasking.mask("applicant 0089123451 filed")).isEqualTo("applicant [masked] filed");
        assertThat(PersonalDataMasking.mask("id=10380284790,")).isEqualTo("id=[masked],");
        assertThat(PersonalDataMasking.mask("کد ۰۰۸۹۱۲۳۴۵۱")).isEqualTo("کد [masked]");
        assertThat(PersonalDataMasking.mask("mobile=09121234567")).isEqualTo("mobile=[masked]");
        assertThat(PersonalDataMasking.mask("tel +98 912 123 4567.")).isEqualTo("tel [masked].");
        assertThat(PersonalDataMasking.mask("tel 00989121234567")).isEqualTo("tel [masked]");
    }

    @Test
    void tracking_codes_ids_and_small_numbers_stay_readable() {
        String line = "tracking code 1234567890123456, global index 42, event 3f2a9c1e-0b7d-4e5f-8a6b-1c2d3e4f5a6b";
        assertThat(PersonalDataMasking.mask(line)).isEqualTo(line);
    }

    @Test
    void hex_hashes_and_merkle_roots_are_not_mangled() {
        String line = "checkpoint 1..40 root 3a0089123451bc7f0e1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a4938271 signed";
        assertThat(PersonalDataMasking.mask(line)).isEqualTo(line);
        String digitsOnlyHex = "sha256 0089123451-9a";
        assertThat(PersonalDataMasking.mask(digitsOnlyHex)).isEqualTo("sha256 [masked]-9a");
    }

    @Test
    void ten_digits_that_are_not_a_national_code_stay_readable() {
        // 0089123452: the national code above with a wrong check digit
        assertThat(PersonalDataMasking.mask("count 0089123452 rows")).isEqualTo("count 0089123452 rows");
        assertThat(PersonalDataMasking.mask("elapsed 1700000000123 ms")).isEqualTo("elapsed 1700000000123 ms");
    }
}
