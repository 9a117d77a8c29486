package ir.daftar.core.office;

import java.time.Instant;

/**
 * What a licence decision would set (A24): {@code until} is the new expiry of an issue or a renewal, or the
 * end of a suspension; {@code address} and {@code province} are the new place of a relocation. Fields a kind
 * does not use are {@code null}; which a kind needs is checked by the office ({@code A24_TERMS_INVALID}).
 */
public record LicenceTerms(Instant until, String address, String province) {

    public static LicenceTerms until(Instant until) {
        return new LicenceTerms(until, null, null);
    }

    public static LicenceTerms place(String address, String province) {
        return new LicenceTerms(null, address, province);
    }

    public static LicenceTerms none() {
        return new LicenceTerms(null, null, null);
    }
}
