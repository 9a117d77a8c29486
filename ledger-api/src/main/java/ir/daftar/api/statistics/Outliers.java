package ir.daftar.api.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The GD's outlier rule (ADR 1100, {@link StatisticsReports#OUTLIER_RULE}): Tukey's fences over the ranked offices. */
final class Outliers {

    /** Fewer offices than this: no quartiles worth the name, nobody is flagged. */
    static final int MIN_OFFICES = 4;

    private Outliers() {
    }

    /** The flags of each office, e.g. {@code SLOW_SUBMISSION_HIGH}. */
    static Map<String, List<String>> flag(List<StatisticsReports.OfficeScore> offices) {
        Map<String, List<String>> flags = new HashMap<>();
        if (offices.size() < MIN_OFFICES) {
            return flags;
        }
        check(offices, "MEDIAN_TIME_TO_SUBMISSION", s -> s.toSubmission().p50Seconds() == null ? null
                : s.toSubmission().p50Seconds().doubleValue(), true, flags);
        check(offices, "CONFORMITY_REJECTION_SHARE", StatisticsReports.OfficeScore::conformityRejectionShare, false, flags);
        check(offices, "RETURN_SHARE", StatisticsReports.OfficeScore::returnShare, false, flags);
        return flags;
    }

    private static void check(List<StatisticsReports.OfficeScore> offices, String measure,
                              Function<StatisticsReports.OfficeScore, Double> value, boolean low,
                              Map<String, List<String>> flags) {
        double[] values = offices.stream().map(value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted()
                .toArray();
        if (values.length < MIN_OFFICES) {
            return;
        }
        double q1 = nearestRank(values, 25);
        double q3 = nearestRank(values, 75);
        double iqr = q3 - q1;
        for (StatisticsReports.OfficeScore s : offices) {
            Double v = value.apply(s);
            if (v == null) {
                continue;
            }
            if (v > q3 + 1.5 * iqr) {
                flags.computeIfAbsent(s.officeId(), k -> new ArrayList<>()).add(measure + "_HIGH");
            } else if (low && v < q1 - 1.5 * iqr) {
                flags.computeIfAbsent(s.officeId(), k -> new ArrayList<>()).add(measure + "_LOW");
            }
        }
    }

    static double nearestRank(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }
}
