package ir.daftar.core.inspection;

/** A28/A33: inspections are periodic or ad hoc. */
public enum InspectionKind {
    PERIODIC,
    AD_HOC
}
