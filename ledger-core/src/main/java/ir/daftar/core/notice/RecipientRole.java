package ir.daftar.core.notice;

/** A8: the party of the case a notice is addressed to. */
public enum RecipientRole {
    APPLICANT,
    DEFENDANT,
    LAWYER
}
