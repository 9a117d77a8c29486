package ir.daftar.core.feeschedule;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A22(c): a confirmed version of the office service fee schedule: each service's amount in rials, from a date. */
public record ConfirmedSchedule(int version, Instant effectiveFrom, Map<String, Long> fees) {

    public ConfirmedSchedule {
        fees = Collections.unmodifiableSortedMap(new TreeMap<>(fees));
    }
}
