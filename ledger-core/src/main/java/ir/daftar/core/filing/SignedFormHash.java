package ir.daftar.core.filing;

import java.util.Locale;

/** A7: the SHA-256 of the signed undertaking form, 64 hexadecimal digits, kept in lower case. */
public record SignedFormHash(String value) {

    public SignedFormHash {
        value = value == null ? null : value.toLowerCase(Locale.ROOT);
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("signedFormSha256 must be the SHA-256 of the signed undertaking form");
        }
    }
}
