package ir.daftar.core.notice;

import ir.daftar.core.common.PersianText;
import java.util.List;
import java.util.Locale;

/** A8: the text of a notice and the SHA-256 of each attached document (the petition, its attachments, an order). */
public record NoticeContent(String text, List<String> documentSha256) {

    public NoticeContent {
        text = PersianText.normalize(text);
        if (text == null || text.isBlank() || text.length() > 10_000) {
            throw new IllegalArgumentException("notice text is required (at most 10000 characters)");
        }
        documentSha256 = documentSha256 == null ? List.of()
                : documentSha256.stream().map(h -> h == null ? "" : h.toLowerCase(Locale.ROOT)).toList();
        if (documentSha256.size() > 100 || !documentSha256.stream().allMatch(h -> h.matches("[0-9a-f]{64}"))) {
            throw new IllegalArgumentException("attached documents are given by their SHA-256 (64 hexadecimal digits, at most 100)");
        }
    }
}
