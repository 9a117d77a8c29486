package ir.daftar.core.contact;

import static ir.daftar.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.common.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A7: the applicant's electronic address: a SANA account or an e-mail address. */
class ElectronicAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sana:1234567890      | sana:1234567890",
            "SANA:1234567890      | sana:1234567890",
            "Sana: 123 456 7890   | sana:1234567890",
            "sana:۱۲۳۴۵۶۷۸۹۰      | sana:1234567890",
            "sana:١٢٣٤٥٦٧٨٩٠      | sana:1234567890",
            "1234567890           | sana:1234567890",
            "۱۲۳۴۵۶               | sana:123456",
            "Ali.Rezaei@Example.IR | ali.rezaei@example.ir",
            "  office+101@daftar.ir  | office+101@daftar.ir"})
    void a7_a_sana_account_or_an_email_is_parsed_to_one_form(String written, String expected) {
        assertThat(ElectronicAddress.parse(written).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "not an address",
            "sana:",
            "sana:12345",
            "sana:123456789012345678901",
            "sana:12ab56",
            "12345",
            "ali@",
            "@example.ir",
            "ali@example",
            "ali rezaei@example.ir",
            "علی@example.ir"})
    void a7_anything_else_is_refused(String written) {
        assertRefused(() -> ElectronicAddress.parse(written), Rule.A7_ELECTRONIC_ADDRESS_INVALID);
    }

    @Test
    void a7_the_canonical_constructor_accepts_only_the_canonical_form() {
        assertThat(new ElectronicAddress("sana:123456").value()).isEqualTo("sana:123456");
        assertRefused(() -> new ElectronicAddress("123456"), Rule.A7_ELECTRONIC_ADDRESS_INVALID);
        assertRefused(() -> new ElectronicAddress("sana:۱۲۳۴۵۶"), Rule.A7_ELECTRONIC_ADDRESS_INVALID);
    }

    @Test
    void a37_13_addresses_are_masked_in_logs() {
        ElectronicAddress email = new ElectronicAddress("ali.rezaei@example.ir");
        ElectronicAddress sana = new ElectronicAddress("sana:1234567890");

        assertThat(email.masked()).isEqualTo("a***@example.ir");
        assertThat(sana.masked()).isEqualTo("sana:***890");
        assertThat(email.toString()).doesNotContain("ali.rezaei");
        assertThat(sana.toString()).doesNotContain("1234567890");
    }

    @Test
    void contact_details_need_both_channels() {
        MobileNumber mobile = new MobileNumber("09121234567");
        ElectronicAddress address = new ElectronicAddress("sana:1234567890");

        assertThat(new ContactDetails(mobile, address)).isEqualTo(new ContactDetails(mobile, address));
        assertThatThrownBy(() -> new ContactDetails(null, address)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ContactDetails(mobile, null)).isInstanceOf(NullPointerException.class);
    }
}
