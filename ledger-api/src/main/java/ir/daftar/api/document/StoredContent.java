package ir.daftar.api.document;

import java.time.Instant;

/** What the store keeps beside a document's bytes: its hash (the key), size, media type and page count. */
public record StoredContent(String sha256, long size, String mediaType, int pages, Instant storedAt) {
}
