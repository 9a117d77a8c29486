package ir.daftar.projections.casehistory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Orders and filters the entries of a case's timeline (A13: for court staff). */
final class CaseTimeline {

    private static final Set<String> COURT_EVENTS = Set.of("RegisteredAsCase", "FilingReturned");
    private static final Set<String> PAPER_EVENTS = Set.of("PaperComplaintRegistered");

    private static final Comparator<CaseHistoryView.Entry> BY_STREAM_POSITION =
            Comparator.comparing((CaseHistoryView.Entry e) -> e.source().equals(CaseHistoryRepository.FILING_STREAM) ? 0 : 1)
                    .thenComparing(e -> e.sourceId() == null ? "" : e.sourceId())
                    .thenComparingLong(CaseHistoryView.Entry::seq);
    private static final Comparator<CaseHistoryView.Entry> BY_RECORDING =
            Comparator.comparing(CaseHistoryView.Entry::recordedAt).thenComparing(BY_STREAM_POSITION);
    private static final Comparator<CaseHistoryView.Entry> BY_OCCURRENCE =
            Comparator.comparing(CaseHistoryView.Entry::occurredAt).thenComparing(BY_RECORDING);

    private CaseTimeline() {
    }

    /** FILING, COURT (A13), REPORT (A9), PAPER (A10, A11); other sources by their name, e.g. NOTICE. */
    static String category(String source, String eventType) {
        if (CaseHistoryRepository.FILING_STREAM.equals(source)) {
            if (COURT_EVENTS.contains(eventType)) {
                return "COURT";
            }
            return PAPER_EVENTS.contains(eventType) ? "PAPER" : "FILING";
        }
        if ("ExternalReport".equals(source)) {
            return "REPORT";
        }
        if ("PaperFile".equals(source)) {
            return "PAPER";
        }
        return source.toUpperCase(Locale.ROOT);
    }

    static List<CaseHistoryView.Entry> select(List<CaseHistoryView.Entry> entries, FindCaseHistory query) {
        Set<String> kinds = query.kinds().stream().map(k -> k.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        return entries.stream()
                .filter(e -> kinds.isEmpty() || kinds.contains(e.category()) || kinds.contains(e.eventType().toUpperCase(Locale.ROOT)))
                .filter(e -> query.from() == null || !e.occurredAt().isBefore(query.from()))
                .filter(e -> query.to() == null || e.occurredAt().isBefore(query.to()))
                .sorted(query.order() == FindCaseHistory.Order.RECORDING ? BY_RECORDING : BY_OCCURRENCE)
                .toList();
    }
}
