package ir.daftar.projections.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one cell (a period and a value of a dimension): a count per {@link Measure}, the times from a
 * filing's start to its tracking code and to its submission ({@link Durations}), and the accepted findings by
 * article.
 */
public record Figures(Map<Measure, Long> counts, Durations toTrackingCode, Durations toSubmission,
                      Map<String, Long> findingsByClause) {

    public Figures {
        EnumMap<Measure, Long> all = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            all.put(m, counts.getOrDefault(m, 0L));
        }
        counts = Collections.unmodifiableMap(all);
        findingsByClause = Collections.unmodifiableMap(new TreeMap<>(findingsByClause));
    }

    public long count(Measure measure) {
        return counts.get(measure);
    }

    /** Rejected conformity checks among all conformity checks (verified and rejected); null when there were none. */
    public Double conformityRejectionShare() {
        long rejected = count(Measure.CONFORMITY_REJECTED);
        long checks = rejected + count(Measure.CONFORMITY_VERIFIED);
        return checks == 0 ? null : (double) rejected / checks;
    }

    /** Conformity checks (verified and rejected). */
    public long conformityChecks() {
        return count(Measure.CONFORMITY_REJECTED) + count(Measure.CONFORMITY_VERIFIED);
    }

    /** Filings returned among filings submitted in the same cell; null when none was submitted. */
    public Double returnShare() {
        long submitted = count(Measure.SUBMITTED);
        return submitted == 0 ? null : (double) count(Measure.RETURNED) / submitted;
    }
}
