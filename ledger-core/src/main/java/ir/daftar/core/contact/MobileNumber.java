package ir.daftar.core.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import ir.daftar.core.common.Digits;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;

/**
 * An Iranian mobile number in its one canonical form, {@code 09xxxxxxxxx}. People write
 * {@code +989…}, {@code 00989…}, {@code 989…}, {@code 9…}, with Persian or Arabic-Indic
 * digits, spaces or dashes: {@link #parse} accepts all of them.
 */
public record MobileNumber(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MobileNumber {
        if (value == null || !value.matches("09\\d{9}")) {
            throw new RuleViolation(Rule.A7_MOBILE_INVALID, "mobile number must look like 09xxxxxxxxx");
        }
    }

    public static MobileNumber parse(String raw) {
        String d = Digits.digitsOnly(raw);
        if (d == null) {
            throw new RuleViolation(Rule.A7_MOBILE_INVALID, "mobile number is required");
        }
        if (d.startsWith("+")) {
            d = d.substring(1);
        }
        if (d.startsWith("0098")) {
            d = "0" + d.substring(4);
        } else if (d.startsWith("98") && d.length() == 12) {
            d = "0" + d.substring(2);
        } else if (d.startsWith("9") && d.length() == 10) {
            d = "0" + d;
        }
        return new MobileNumber(d);
    }

    /** Shown in logs and to people not entitled to the number: 0912***4567. */
    public String masked() {
        return value.substring(0, 4) + "***" + value.substring(7);
    }

    @Override
    public String toString() {
        return "MobileNumber[" + masked() + "]";
    }
}
