package ir.daftar.core.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import ir.daftar.core.common.Digits;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import java.util.Locale;

/**
 * The applicant's electronic address (نشانی الکترونیکی, A7): a SANA account (written
 * {@code sana:} followed by its numeric user id) or an e-mail address.
 */
public record ElectronicAddress(@JsonValue String value) {

    private static final String EMAIL = "[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9.\\-]{1,189}\\.[A-Za-z]{2,24}";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ElectronicAddress {
        if (value == null || !(value.matches("sana:\\d{6,20}") || value.matches(EMAIL))) {
            throw new RuleViolation(Rule.A7_ELECTRONIC_ADDRESS_INVALID,
                    "electronic address must be sana:<user id> or an e-mail address");
        }
    }

    public static ElectronicAddress parse(String raw) {
        if (raw == null) {
            throw new RuleViolation(Rule.A7_ELECTRONIC_ADDRESS_INVALID, "electronic address is required");
        }
        String t = Digits.toAscii(raw).strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("sana:")) {
            return new ElectronicAddress("sana:" + Digits.digitsOnly(t.substring(5)));
        }
        if (t.matches("\\d{6,20}")) {
            return new ElectronicAddress("sana:" + t);
        }
        return new ElectronicAddress(t.toLowerCase(Locale.ROOT));
    }

    public String masked() {
        int at = value.indexOf('@');
        if (at > 0) {
            return value.charAt(0) + "***" + value.substring(at);
        }
        return "sana:***" + value.substring(Math.max(5, value.length() - 3));
    }

    @Override
    public String toString() {
        return "ElectronicAddress[" + masked() + "]";
    }
}
