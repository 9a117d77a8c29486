package ir.daftar.core.filing;

import ir.daftar.core.common.PersianText;
import java.util.Locale;

/** An electronic document of a filing (سند الکترونیکی): what was scanned, how long, its content hash. */
public record ElectronicDocument(String documentId, String title, int pageCount, String sha256) {

    public ElectronicDocument {
        if (documentId == null || !documentId.matches("[A-Za-z0-9\\-]{1,64}")) {
            throw new IllegalArgumentException("document id must be 1-64 letters, digits or dashes");
        }
        title = PersianText.normalize(title);
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new IllegalArgumentException("document title is required (at most 300 characters)");
        }
        if (pageCount < 1 || pageCount > 10_000) {
            throw new IllegalArgumentException("page count must be between 1 and 10000");
        }
        sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits");
        }
    }
}
