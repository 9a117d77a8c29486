package ir.daftar.core.notice;

/** Where the recipient opened the notice. */
public enum ViewChannel {
    /** In their SANA account (the API's inbox). */
    SANA_ACCOUNT,
    /** Through the judicial services portal. */
    PORTAL,
    /** At a judicial e-services office, helped by its staff. */
    OFFICE
}
