package ir.daftar.projections.statistics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Tabulates facts into cells: one {@link Figures} per period and value of a dimension. Pure: no database. */
public final class Statistics {

    private Statistics() {
    }

    /** A cell's key: the period's label and the dimension's value; sorted by period, then value. */
    public record Cell(String period, String value) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell other) {
            int byPeriod = period.compareTo(other.period);
            return byPeriod != 0 ? byPeriod : value.compareTo(other.value);
        }
    }

    public static SortedMap<Cell, Figures> tabulate(List<StatisticsFact> facts, Period period, Dimension dimension) {
        Map<Cell, Accumulator> cells = new HashMap<>();
        for (StatisticsFact fact : facts) {
            Cell cell = new Cell(period.label(fact.day()), dimension.valueOf(fact));
            cells.computeIfAbsent(cell, c -> new Accumulator()).add(fact);
        }
        SortedMap<Cell, Figures> table = new TreeMap<>();
        cells.forEach((cell, acc) -> table.put(cell, acc.figures()));
        return Collections.unmodifiableSortedMap(table);
    }

    /** All facts in one cell. */
    public static Figures total(List<StatisticsFact> facts) {
        Accumulator acc = new Accumulator();
        facts.forEach(acc::add);
        return acc.figures();
    }

    private static final class Accumulator {
        private final Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        private final List<Duration> toTrackingCode = new ArrayList<>();
        private final List<Duration> toSubmission = new ArrayList<>();
        private final Map<String, Long> findings = new HashMap<>();

        void add(StatisticsFact fact) {
            counts.merge(fact.measure(), 1L, Long::sum);
            if (fact.sinceStart() != null && fact.measure() == Measure.TRACKING_CODE_ISSUED) {
                toTrackingCode.add(fact.sinceStart());
            }
            if (fact.sinceStart() != null && fact.measure() == Measure.SUBMITTED) {
                toSubmission.add(fact.sinceStart());
            }
            if (fact.measure() == Measure.FINDING_ACCEPTED && fact.clause() != null) {
                findings.merge(fact.clause(), 1L, Long::sum);
            }
        }

        Figures figures() {
            return new Figures(counts, Durations.of(toTrackingCode), Durations.of(toSubmission), findings);
        }
    }
}
