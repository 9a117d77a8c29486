package ir.daftar.projections.notices;

/** Court staff: every notice of a case, in the order issued; answered with a {@link NoticeList}. */
public record FindNoticesOfFiling(String filingId) {
}
