package ir.daftar.projections.notices;

import java.util.List;

/** The answer to {@link FindInbox} and {@link FindNoticesOfFiling}. */
public record NoticeList(List<NoticeView> notices) {

    public NoticeList {
        notices = List.copyOf(notices);
    }
}
