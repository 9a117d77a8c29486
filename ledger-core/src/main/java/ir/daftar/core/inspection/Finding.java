package ir.daftar.core.inspection;

import ir.daftar.core.common.Rule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A violation found in the record itself (A37), with the events that prove it.
 *
 * @param findingId        stable: derived from the rule and the evidence, so a second replay finds the same id
 * @param subjectId        what it is about: a filing id, an inspection request id
 * @param at               when the violation happened (the act, or the moment a limit ran out)
 * @param evidenceEventIds the ids of the events that prove it, in stream order
 * @param detail           a short factual statement in English (figures, durations); the report adds the article's text
 */
public record Finding(String findingId, Rule rule, String article, String officeId, String subjectId, Instant at,
                      List<String> evidenceEventIds, String detail) {

    public Finding {
        evidenceEventIds = List.copyOf(evidenceEventIds);
    }

    static Finding of(Rule rule, String officeId, String subjectId, Instant at, List<String> evidence, String detail) {
        String id = UUID.nameUUIDFromBytes((rule.name() + "|" + String.join(",", evidence)).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Finding(id, rule, rule.article(), officeId, subjectId, at, evidence, detail);
    }
}
