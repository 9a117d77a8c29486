package ir.daftar.core.fee;

import ir.daftar.core.authority.AuthorityKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Two yearly tariffs for tests. The figures are made up (the real ones are data, loaded by
 * the application), but shaped like the law: financial petitions by bands of the claim,
 * fixed fees otherwise, and a schedule of its own for dispute-resolution councils.
 */
public final class TestTariffs {

    /** Nowruz 1403, midnight in Tehran. */
    public static final Instant FROM_1403 = Instant.parse("2024-03-19T20:30:00Z");
    /** Nowruz 1404, midnight in Tehran. */
    public static final Instant FROM_1404 = Instant.parse("2025-03-20T20:30:00Z");

    public static final Set<AuthorityKind> COURTS_AND_PROSECUTORS = Set.of(AuthorityKind.COURT, AuthorityKind.PROSECUTOR_OFFICE);

    /** 1403: one schedule for every authority; 2 % up to 200,000,000 rials, 3 % above. */
    public static final CourtFeeTariff TARIFF_1403 = new CourtFeeTariff("1403", FROM_1403, "test tariff 1403",
            List.of(new FeeSchedule(Set.of(AuthorityKind.values()),
                    List.of(band(200_000_000L, "2"), band(null, "3")),
                    100_000, 1_000_000, 500_000, 250_000)));

    /** 1404: 2.5 % up to 200,000,000 rials and 3.5 % above at courts; councils cheaper. */
    public static final CourtFeeTariff TARIFF_1404 = new CourtFeeTariff("1404", FROM_1404, "test tariff 1404",
            List.of(
                    new FeeSchedule(COURTS_AND_PROSECUTORS,
                            List.of(band(200_000_000L, "2.5"), band(null, "3.5")),
                            150_000, 1_500_000, 750_000, 300_000),
                    new FeeSchedule(Set.of(AuthorityKind.DISPUTE_RESOLUTION_COUNCIL),
                            List.of(band(100_000_000L, "1"), band(null, "1.5")),
                            50_000, 400_000, 200_000, 120_000)));

    private TestTariffs() {
    }

    public static CourtFeeTariffs tariffs() {
        return CourtFeeTariffs.of(List.of(TARIFF_1404, TARIFF_1403));
    }

    public static FeeBand band(Long upTo, String percent) {
        return new FeeBand(upTo, new BigDecimal(percent));
    }
}
