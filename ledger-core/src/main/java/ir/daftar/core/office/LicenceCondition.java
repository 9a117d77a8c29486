package ir.daftar.core.office;

/** A22/A24: why an office's licence is or is not in force at a moment. */
public enum LicenceCondition {
    IN_FORCE,
    NEVER_ISSUED,
    EXPIRED,
    SUSPENDED,
    REVOKED,
    RELINQUISHED
}
