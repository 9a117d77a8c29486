package ir.daftar.core.complaint;

/** A28(e): what the Kanoon's board found on reviewing a complaint. */
public enum ComplaintOutcome {
    /** The complaint is founded: a violation may have been committed; a disciplinary case may be opened from it. */
    UPHELD,
    /** The complaint is unfounded or outside the regulation; no case is opened from it. */
    DISMISSED
}
