package ir.daftar.core.paper;

import ir.daftar.core.common.PersianText;
import java.time.Instant;
import java.util.Objects;

/** A10: one act done on paper before it could be recorded (an arrest, an inspection of the scene, a statement), and when. */
public record PaperAct(String description, Instant occurredAt) {

    public PaperAct {
        description = PersianText.normalize(description);
        if (description == null || description.isBlank() || description.length() > 1000) {
            throw new IllegalArgumentException("an act is described (at most 1000 characters)");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
