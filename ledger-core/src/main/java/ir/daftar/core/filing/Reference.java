package ir.daftar.core.filing;

/**
 * A reference given by another system (a payment reference, a receipt number, the number on a
 * paper complaint): 1-64 letters, digits, dashes or slashes, so that it is safe to show and to search.
 */
public record Reference(String value) {

    private static final String FORM = "[A-Za-z0-9\\-/]{1,64}";

    public Reference {
        if (value == null || !value.matches(FORM)) {
            throw new IllegalArgumentException("a reference must be 1-64 letters, digits, dashes or slashes");
        }
    }

    /** The reference in {@code field}, refused as malformed input naming that field. */
    public static Reference of(String field, String value) {
        if (value == null || !value.matches(FORM)) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits, dashes or slashes");
        }
        return new Reference(value);
    }
}
