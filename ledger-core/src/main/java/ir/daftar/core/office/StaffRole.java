package ir.daftar.core.office;

/** A15: the staff of an office. */
public enum StaffRole {
    MANAGER,
    LEGAL_EXPERT,
    IT_EXPERT,
    CLERK
}
