package ir.daftar.projections.paperfile;

import java.time.Duration;

/**
 * A10: the paper files registered at least {@code minDelay} after their first act (null: all),
 * optionally of one case; answered with a list of {@link PaperFileView}, longest delay first.
 */
public record FindPaperFiles(Duration minDelay, String filingId) {
}
