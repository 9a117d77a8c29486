package ir.daftar.core.office;

/** A3: offices are chosen from notary offices or others, or newly founded. */
public enum OfficeOrigin {
    NOTARY_OFFICE,
    OTHER,
    NEW
}
