package ir.daftar.api.filing;

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
}
