package ir.daftar.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import ir.daftar.core.common.Digits;

/**
 * An Iranian natural person's national code (کد ملی): ten digits, the last a check digit
 * c = r if r &lt; 2 else 11 − r, where r = (Σ digit_i × (10 − i), i = 0..8) mod 11.
 * Codes of one repeated digit pass the checksum but are never issued, so they are refused.
 */
public record NationalCode(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public NationalCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid national code");
        }
    }

    /** Accepts Persian or Arabic-Indic digits, spaces and dashes. */
    public static NationalCode parse(String raw) {
        return new NationalCode(Digits.digitsOnly(raw));
    }

    public static boolean isValid(String code) {
        if (!Digits.allDigits(code, 10) || code.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (code.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        int check = r < 2 ? r : 11 - r;
        return check == code.charAt(9) - '0';
    }

    /** Never print a national code in full: logs and errors show only this. */
    @Override
    public String toString() {
        return "NationalCode[******" + value.substring(6) + "]";
    }
}
