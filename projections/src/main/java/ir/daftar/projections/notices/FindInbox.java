package ir.daftar.projections.notices;

/**
 * A recipient's inbox: the notices deposited in their account, newest first. The national code is
 * only hashed to find them. Answered with a {@link NoticeList}.
 */
public record FindInbox(String nationalCode) {
}
