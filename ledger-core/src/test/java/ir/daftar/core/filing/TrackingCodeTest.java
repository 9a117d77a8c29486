package ir.daftar.core.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.common.Verhoeff;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A5, A7: the tracking code a person reads aloud, prints and types back: 16 digits, random,
 * with a check digit that catches every single mistyped digit and every swap of neighbours.
 */
class TrackingCodeTest {

    @Provide
    Arbitrary<TrackingCode> codes() {
        return Arbitraries.longs().map(seed -> TrackingCode.random(new Random(seed)));
    }

    @Property
    void a_random_code_has_16_digits_is_valid_and_does_not_start_with_zero(@ForAll("codes") TrackingCode code) {
        assertThat(code.value()).hasSize(TrackingCode.LENGTH).matches("[1-9]\\d{15}");
        assertThat(TrackingCode.isValid(code.value())).isTrue();
    }

    @Property
    void every_single_digit_substitution_is_invalid(@ForAll("codes") TrackingCode code) {
        String valid = code.value();
        int checked = 0;
        for (int i = 0; i < valid.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String wrong = valid.substring(0, i) + d + valid.substring(i + 1);
                assertThat(TrackingCode.isValid(wrong)).as(wrong).isFalse();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(16 * 9);
    }

    @Property
    void every_adjacent_transposition_of_two_different_digits_is_invalid(@ForAll("codes") TrackingCode code) {
        String valid = code.value();
        for (int i = 0; i + 1 < valid.length(); i++) {
            if (valid.charAt(i) == valid.charAt(i + 1)) {
                continue;
            }
            String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
            assertThat(TrackingCode.isValid(swapped)).as(swapped).isFalse();
        }
    }

    @Property
    void what_is_printed_or_typed_in_persian_reads_back_as_the_same_code(@ForAll("codes") TrackingCode code) {
        assertThat(TrackingCode.parse(code.grouped())).isEqualTo(code);
        assertThat(TrackingCode.parse(toPersianDigits(code.grouped()))).isEqualTo(code);
        assertThat(TrackingCode.parse(" " + code.value().substring(0, 8) + " " + code.value().substring(8) + " "))
                .isEqualTo(code);
    }

    @Example
    void ten_thousand_codes_from_secure_random_are_distinct_and_not_sequential() {
        SecureRandom random = new SecureRandom();
        List<TrackingCode> codes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(TrackingCode.random(random));
        }

        Set<TrackingCode> distinct = new HashSet<>(codes);
        assertThat(distinct).hasSize(10_000);

        int increasing = 0;
        int close = 0;
        for (int i = 1; i < codes.size(); i++) {
            long previous = payload(codes.get(i - 1));
            long current = payload(codes.get(i));
            if (current > previous) {
                increasing++;
            }
            if (Math.abs(current - previous) < 1_000_000L) {
                close++;
            }
        }
        // a counter would increase every time, by a small step; random codes rise about half the time
        assertThat(close).isZero();
        assertThat(increasing).isBetween(4_500, 5_500);
        // and the first digit is spread over 1-9 instead of fixed by a running number
        assertThat(codes.stream().map(c -> c.value().charAt(0)).distinct()).hasSize(9);
    }

    @Example
    void the_same_random_source_gives_the_same_code() {
        assertThat(TrackingCode.random(new Random(42))).isEqualTo(TrackingCode.random(new Random(42)));
        assertThat(TrackingCode.random(new Random(42))).isNotEqualTo(TrackingCode.random(new Random(43)));
    }

    @Example
    void a_code_starting_with_zero_is_refused_even_when_its_check_digit_holds() {
        String payload = "012345678901234";
        String code = payload + Verhoeff.checkDigit(payload);

        assertThat(Verhoeff.isValid(code)).isTrue();
        assertThat(TrackingCode.isValid(code)).isFalse();
    }

    @Example
    void anything_but_sixteen_ascii_digits_is_not_a_code() {
        TrackingCode code = TrackingCode.random(new Random(7));

        assertThat(TrackingCode.isValid(null)).isFalse();
        assertThat(TrackingCode.isValid("")).isFalse();
        assertThat(TrackingCode.isValid(code.value().substring(1))).isFalse();
        assertThat(TrackingCode.isValid(code.value() + "0")).isFalse();
        assertThat(TrackingCode.isValid(code.value().substring(0, 15) + "x")).isFalse();
        assertThat(TrackingCode.isValid(toPersianDigits(code.value()))).isFalse();
        assertThatThrownBy(() -> new TrackingCode("123456789012345x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void a_mistyped_code_is_refused_when_parsed() {
        TrackingCode code = TrackingCode.random(new Random(11));
        char last = code.value().charAt(15);
        String mistyped = code.value().substring(0, 15) + (char) (last == '9' ? '0' : last + 1);

        assertThatThrownBy(() -> TrackingCode.parse(mistyped)).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void the_grouped_form_is_four_groups_of_four() {
        TrackingCode code = TrackingCode.random(new Random(3));

        assertThat(code.grouped()).matches("\\d{4}-\\d{4}-\\d{4}-\\d{4}");
        assertThat(code.grouped().replace("-", "")).isEqualTo(code.value());
        assertThat(code.toString()).isEqualTo(code.value());
    }

    private static long payload(TrackingCode code) {
        return Long.parseLong(code.value().substring(0, 15));
    }

    private static String toPersianDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return out.toString();
    }
}
