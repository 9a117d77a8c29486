package ir.daftar.projections.notices;

/** One notice by id; answered with a {@link NoticeView} or {@code null}. */
public record FindNotice(String noticeId) {
}
