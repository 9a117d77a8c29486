package ir.daftar.core.testing;

import ir.daftar.core.party.NationalCode;

/**
 * Valid national codes for tests, computed here from the regulation's own rule (en.md, "facts
 * from outside the seed") rather than taken from the code under test: the check digit is
 * c = r if r &lt; 2 else 11 − r, with r = (Σ digit_i × (10 − i), i = 0..8) mod 11.
 */
public final class NationalCodes {

    private NationalCodes() {
    }

    /** The ten-digit code whose first nine digits are {@code payload}. */
    public static String withCheckDigit(String payload) {
        if (!payload.matches("\\d{9}")) {
            throw new IllegalArgumentException("payload must be nine digits: " + payload);
        }
        return payload + checkDigit(payload);
    }

    /** Whether {@code code} passes the checksum (repeated-digit codes included: that rule is separate). */
    public static boolean checksumHolds(String code) {
        return code.matches("\\d{10}") && checkDigit(code.substring(0, 9)) == code.charAt(9) - '0';
    }

    public static NationalCode code(String payload) {
        return new NationalCode(withCheckDigit(payload));
    }

    private static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (payload.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return r < 2 ? r : 11 - r;
    }
}
