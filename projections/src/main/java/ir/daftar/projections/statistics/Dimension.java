package ir.daftar.projections.statistics;

import java.util.function.Function;

/** What the statistics are broken down by; a fact without the value (a portal start has no office) is under "-". */
public enum Dimension {
    OFFICE(StatisticsFact::officeId),
    PROVINCE(StatisticsFact::province),
    ROUTE(StatisticsFact::route),
    KIND(StatisticsFact::kind),
    AUTHORITY(StatisticsFact::authorityId),
    /** Everything together, labelled {@code all}. */
    NONE(f -> "all");

    /** The label of facts that have no value for the dimension. */
    public static final String NO_VALUE = "-";

    private final Function<StatisticsFact, String> value;

    Dimension(Function<StatisticsFact, String> value) {
        this.value = value;
    }

    public String valueOf(StatisticsFact fact) {
        String v = value.apply(fact);
        return v == null ? NO_VALUE : v;
    }
}
