package ir.daftar.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import ir.daftar.core.common.Digits;

/**
 * A legal person's national id (شناسه ملی): eleven digits. With d = (10th digit) + 2 and
 * weights 29, 27, 23, 19, 17 repeating, the check digit is (Σ (digit_i + d) × w_(i mod 5),
 * i = 0..9) mod 11, with 10 read as 0.
 */
public record LegalPersonId(@JsonValue String value) {

    private static final int[] WEIGHTS = {29, 27, 23, 19, 17};

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LegalPersonId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid legal person national id");
        }
    }

    public static LegalPersonId parse(String raw) {
        return new LegalPersonId(Digits.digitsOnly(raw));
    }

    public static boolean isValid(String id) {
        if (!Digits.allDigits(id, 11) || Long.parseLong(id) == 0 || Integer.parseInt(id.substring(3, 9)) == 0) {
            return false;
        }
        int d = (id.charAt(9) - '0') + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += ((id.charAt(i) - '0') + d) * WEIGHTS[i % 5];
        }
        int r = sum % 11;
        if (r == 10) {
            r = 0;
        }
        return r == id.charAt(10) - '0';
    }

    @Override
    public String toString() {
        return "LegalPersonId[*******" + value.substring(7) + "]";
    }
}
