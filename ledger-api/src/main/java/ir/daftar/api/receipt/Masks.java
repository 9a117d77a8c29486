package ir.daftar.api.receipt;

import ir.daftar.core.contact.MobileNumber;

/**
 * What of a person's identifiers a printed receipt shows (ADR 1000): enough for the holder to recognise their
 * own (the last four digits of a national code or legal person's id, as the notices show it; the operator prefix
 * and last four digits of a mobile), not enough to find or reach them from a lost sheet of paper.
 */
final class Masks {

    private Masks() {
    }

    static String identifier(String code) {
        if (code == null || code.length() < 8) {
            return code == null ? null : "*".repeat(code.length());
        }
        return "*".repeat(code.length() - 4) + code.substring(code.length() - 4);
    }

    /** The ledger's own mask of a mobile number (as the events hold it, 09xxxxxxxxx): 0912***4567. */
    static String mobile(String mobile) {
        return mobile == null ? null : new MobileNumber(mobile).masked();
    }

    static String address(String address) {
        if (address == null) {
            return null;
        }
        int colon = address.indexOf(':');
        String prefix = colon >= 0 ? address.substring(0, colon + 1) : "";
        String rest = address.substring(prefix.length());
        if (rest.length() < 5) {
            return prefix + "*".repeat(rest.length());
        }
        return prefix + rest.substring(0, 2) + "*".repeat(rest.length() - 4) + rest.substring(rest.length() - 2);
    }
}
