package ir.daftar.core.contact;

import static ir.daftar.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A7: the applicant's mobile number, in one canonical form however it was written. */
class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "09121234567",
            "+989121234567",
            "00989121234567",
            "989121234567",
            "9121234567",
            "۰۹۱۲۱۲۳۴۵۶۷",
            "٠٩١٢١٢٣٤٥٦٧",
            "+۹۸۹۱۲۱۲۳۴۵۶۷",
            "0912 123 4567",
            "0912-123-4567",
            " +98 912 123 45 67 ",
            "۰۹۱۲\u200C۱۲۳\u200C۴۵۶۷"})
    void a7_every_way_of_writing_it_normalizes_to_09xxxxxxxxx(String written) {
        assertThat(MobileNumber.parse(written).value()).isEqualTo("09121234567");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "hello",
            "0912123456",
            "091212345678",
            "02112345678",
            "+982112345678",
            "08121234567",
            "0912-ABC-4567",
            "+1 912 123 4567",
            "00989121234",
            "(0912) 123 4567"})
    void a7_anything_else_is_refused_as_an_invalid_mobile(String written) {
        assertRefused(() -> MobileNumber.parse(written), Rule.A7_MOBILE_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+989121234567", "9121234567", "۰۹۱۲۱۲۳۴۵۶۷", "0912 123 4567"})
    void a7_the_canonical_constructor_accepts_only_the_canonical_form(String written) {
        assertRefused(() -> new MobileNumber(written), Rule.A7_MOBILE_INVALID);
    }

    @Test
    void two_writings_of_one_number_are_equal() {
        assertThat(MobileNumber.parse("+98 912 123 4567")).isEqualTo(new MobileNumber("09121234567"));
    }

    @Test
    void a37_13_the_number_is_masked_in_logs() {
        MobileNumber mobile = new MobileNumber("09121234567");

        assertThat(mobile.masked()).isEqualTo("0912***4567");
        assertThat(mobile.toString()).doesNotContain("09121234567").contains("0912***4567");
    }
}
