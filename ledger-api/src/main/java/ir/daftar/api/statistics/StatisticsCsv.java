package ir.daftar.api.statistics;

import ir.daftar.projections.statistics.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reports as CSV (RFC 4180, UTF-8): one line per row, seconds and shares as numbers, suppressed cells empty. */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String rows(List<StatisticsReports.Row> rows) {
        List<String> header = new ArrayList<>(List.of("period", "value"));
        for (Measure m : Measure.values()) {
            header.add(m.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("to_tracking_code_p50_seconds", "to_tracking_code_p90_seconds", "to_submission_p50_seconds",
                "to_submission_p90_seconds", "conformity_rejection_share", "return_share", "findings_by_rule"));
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (StatisticsReports.Row r : rows) {
            List<Object> cells = new ArrayList<>(List.of(r.period(), r.value()));
            for (Measure m : Measure.values()) {
                cells.add(r.counts().get(m.name()));
            }
            cells.add(r.toTrackingCode().p50Seconds());
            cells.add(r.toTrackingCode().p90Seconds());
            cells.add(r.toSubmission().p50Seconds());
            cells.add(r.toSubmission().p90Seconds());
            cells.add(r.conformityRejectionShare());
            cells.add(r.returnShare());
            cells.add(String.join(" ", r.findingsByRule().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
            line(out, cells);
        }
        return out.toString();
    }

    static String evaluation(StatisticsReports.OfficeEvaluation evaluation) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("rank", "office_id", "name", "province", "filing_started", "submitted", "returned", "return_share",
                "conformity_checks", "conformity_rejection_share", "to_tracking_code_p50_seconds",
                "to_submission_p50_seconds", "to_submission_p90_seconds", "findings_accepted", "outliers"));
        for (StatisticsReports.OfficeScore s : evaluation.offices()) {
            line(out, java.util.Arrays.asList(s.rank(), s.officeId(), s.name(), s.province(), s.started(), s.submitted(),
                    s.returned(), s.returnShare(), s.conformityChecks(), s.conformityRejectionShare(),
                    s.toTrackingCode().p50Seconds(), s.toSubmission().p50Seconds(), s.toSubmission().p90Seconds(),
                    s.findings(), String.join(" ", s.outliers())));
        }
        return out.toString();
    }

    static String scorecard(StatisticsReports.Scorecard scorecard) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("office_id", "name", "province", "submissions", "median_seconds_to_submission",
                "conformity_rejection_share"));
        for (StatisticsReports.ScorecardOffice o : scorecard.offices()) {
            line(out, java.util.Arrays.asList(o.officeId(), o.name(), o.province(), o.submissions(),
                    o.medianSecondsToSubmission(), o.conformityRejectionShare()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : value.toString();
        // a leading = + - @ would be read as a formula by a spreadsheet
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
