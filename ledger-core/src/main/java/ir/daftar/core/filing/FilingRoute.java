package ir.daftar.core.filing;

/**
 * A2: a filing enters through the judicial services portal (A5) or through an office (A6);
 * A11: or it was lodged on paper with the competent authority and registered there afterwards.
 */
public enum FilingRoute {
    PORTAL,
    OFFICE,
    PAPER
}
