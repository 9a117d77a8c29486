package ir.daftar.core.fee;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The versioned court-fee tariffs (port: the application loads them from data files). */
public interface CourtFeeTariffs {

    /** The tariff in force at {@code instant}; throws if none was in force yet. */
    CourtFeeTariff inForceAt(Instant instant);

    Optional<CourtFeeTariff> version(String version);

    List<CourtFeeTariff> all();

    /** Tariffs from a fixed list, ordered by the time they came into force. */
    static CourtFeeTariffs of(List<CourtFeeTariff> tariffs) {
        List<CourtFeeTariff> sorted = tariffs.stream()
                .sorted(java.util.Comparator.comparing(CourtFeeTariff::effectiveFrom))
                .toList();
        long distinct = sorted.stream().map(CourtFeeTariff::version).distinct().count();
        if (distinct != sorted.size()) {
            throw new IllegalArgumentException("tariff versions must be unique");
        }
        return new CourtFeeTariffs() {
            @Override
            public CourtFeeTariff inForceAt(Instant instant) {
                CourtFeeTariff found = null;
                for (CourtFeeTariff t : sorted) {
                    if (!t.effectiveFrom().isAfter(instant)) {
                        found = t;
                    }
                }
                if (found == null) {
                    throw new IllegalStateException("no court-fee tariff in force at " + instant);
                }
                return found;
            }

            @Override
            public Optional<CourtFeeTariff> version(String version) {
                return sorted.stream().filter(t -> t.version().equals(version)).findFirst();
            }

            @Override
            public List<CourtFeeTariff> all() {
                return sorted;
            }
        };
    }
}
