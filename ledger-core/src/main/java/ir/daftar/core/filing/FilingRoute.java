package ir.daftar.core.filing;

/** A2: a filing enters through the judicial services portal (A5) or through an office (A6). */
public enum FilingRoute {
    PORTAL,
    OFFICE
}
