package ir.daftar.core.notice;

/** A8: what a notice carries. */
public enum NoticeKind {
    /** A hearing date (وقت رسیدگی). */
    HEARING_DATE,
    /** Service of the petition and its attachments on the defendant. */
    SERVICE_OF_PETITION,
    /** A summons (احضار) of the accused or a party. */
    SUMMONS,
    /** An order or judicial instruction (قرار / دستور قضایی). */
    ORDER,
    /** Any other judicial paper. */
    OTHER_JUDICIAL_PAPER
}
