package ir.daftar.projections.paperfile;

import java.time.Instant;

/**
 * A10: a registered preliminary paper file: which case, which unit, who carried the paper file,
 * who registered it, when its first act happened, when it was recorded, and the delay between.
 */
public record PaperFileView(String paperFileId, String filingId, String reportingBodyId, String paperReference,
                            String carriedBy, String registeredBy, int actCount, Instant firstActAt, Instant recordedAt,
                            long delaySeconds) {
}
