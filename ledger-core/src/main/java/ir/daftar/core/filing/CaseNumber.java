package ir.daftar.core.filing;

import ir.daftar.core.common.Digits;

/** A13: the number the competent authority gives a case: 1-40 letters, digits, dashes or slashes (Persian digits read as ASCII). */
public record CaseNumber(String value) {

    public CaseNumber {
        value = Digits.toAscii(value == null ? null : value.strip());
        if (value == null || !value.matches("[A-Za-z0-9\\-/]{1,40}")) {
            throw new IllegalArgumentException("caseNumber must be 1-40 letters, digits, dashes or slashes");
        }
    }
}
