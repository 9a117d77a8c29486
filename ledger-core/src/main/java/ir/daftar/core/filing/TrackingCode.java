package ir.daftar.core.filing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import ir.daftar.core.common.Digits;
import ir.daftar.core.common.Verhoeff;
import java.util.random.RandomGenerator;

/**
 * A filing's tracking code (کد رهگیری, A5, A7): 16 digits, fifteen random and a Verhoeff
 * check digit, so that every single mistyped digit and every swap of two neighbours is
 * caught before a lookup. Random, never sequential: codes say nothing about volume or order.
 */
public record TrackingCode(@JsonValue String value) {

    public static final int LENGTH = 16;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TrackingCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid tracking code");
        }
    }

    /** Reads what a person typed: Persian or Arabic-Indic digits, spaces and dashes allowed. */
    public static TrackingCode parse(String raw) {
        return new TrackingCode(Digits.digitsOnly(raw));
    }

    public static boolean isValid(String code) {
        return Digits.allDigits(code, LENGTH) && code.charAt(0) != '0' && Verhoeff.isValid(code);
    }

    /** A fresh random code; uniqueness is the issuer's job. The first digit is never 0, so codes keep their length as numbers. */
    public static TrackingCode random(RandomGenerator random) {
        StringBuilder digits = new StringBuilder(LENGTH);
        digits.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < LENGTH - 1; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        digits.append(Verhoeff.checkDigit(digits.toString()));
        return new TrackingCode(digits.toString());
    }

    /** Grouped for reading aloud and printing: 1234-5678-9012-3456. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }
}
