package ir.daftar.core.authority;

/** A13: the kinds of competent authority a filing is sent to. */
public enum AuthorityKind {
    COURT,
    PROSECUTOR_OFFICE,
    DISPUTE_RESOLUTION_COUNCIL
}
