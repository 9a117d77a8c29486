package ir.daftar.api.filing;

import com.fasterxml.jackson.core.JsonProcessingException;
import ir.daftar.api.config.json.LedgerJson;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.input.Times;
import ir.daftar.core.common.Digits;
import ir.daftar.projections.casehistory.CaseHistoryView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A case's history as CSV (RFC 4180, UTF-8), one line per event, both times side by side. */
final class HistoryCsv {

    static final String HEADER = "occurredAt,recordedAt,delaySeconds,category,eventType,source,sourceId,seq,"
            + "actorId,actorRole,officeId,authorityId,reportingBodyId,eventId,details";

    private HistoryCsv() {
    }

    static String write(CaseHistoryView view, LedgerJson json) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (CaseHistoryView.Entry e : view.entries()) {
            String details;
            try {
                details = json.mapper().writeValueAsString(e.details());
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
            Object[] fields = {e.occurredAt(), e.recordedAt(), e.delay().toSeconds(), e.category(), e.eventType(), e.source(),
                    e.sourceId(), e.seq(), e.actorId(), e.actorRole(), e.officeId(), e.authorityId(), e.reportingBodyId(),
                    e.eventId(), details};
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(fields[i] == null ? "" : fields[i].toString()));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A bound of the date filter: a date (Tehran; an upper bound includes that day) or an instant. */
    static Instant bound(String field, String raw, boolean upper) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = Digits.toAscii(raw.strip());
        if (text.length() == 10) {
            try {
                LocalDate day = LocalDate.parse(text);
                return (upper ? day.plusDays(1) : day).atStartOfDay(Times.TEHRAN).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInput.of(field, "INVALID", "a date (yyyy-MM-dd) or an ISO-8601 time");
            }
        }
        return Times.instant(field, text);
    }
}
