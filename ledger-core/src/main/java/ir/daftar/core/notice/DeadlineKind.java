package ir.daftar.core.notice;

/** What a deadline set by a notice is for. */
public enum DeadlineKind {
    /** To appeal (e.g. 20 days). */
    APPEAL,
    /** To reply or send a defence bill (e.g. 10 days). */
    REPLY,
    /** To object to a judgment in absentia. */
    OBJECTION,
    /** Any other act the notice sets a period for. */
    OTHER
}
