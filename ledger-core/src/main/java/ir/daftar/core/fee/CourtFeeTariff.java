package ir.daftar.core.fee;

import ir.daftar.core.common.FilingKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A court-fee tariff as data: fees are set by law and change every year, so they are never
 * code. The tariff in force at the moment of assessment is the one with the latest
 * {@code effectiveFrom} not after that moment.
 */
public record CourtFeeTariff(String version, Instant effectiveFrom, String legalBasis, List<FeeSchedule> schedules) {

    public CourtFeeTariff {
        if (version == null || !version.matches("[A-Za-z0-9.\\-]{1,40}")) {
            throw new IllegalArgumentException("tariff version must be 1-40 letters, digits, dots or dashes");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        schedules = List.copyOf(schedules);
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException("a tariff has at least one schedule");
        }
    }

    /** The fee in rials for these inputs. Financial claims are charged band by band, rounded to the rial. */
    public long compute(CourtFeeInputs inputs) {
        FeeSchedule schedule = schedules.stream()
                .filter(s -> s.authorityKinds().contains(inputs.authorityKind()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "tariff " + version + " has no schedule for " + inputs.authorityKind()));
        if (inputs.kind() == FilingKind.COMPLAINT) {
            return schedule.complaintRials();
        }
        if (inputs.kind() == FilingKind.REQUEST) {
            return schedule.requestRials();
        }
        if (inputs.claimNature() == ClaimNature.NON_FINANCIAL) {
            return schedule.nonFinancialPetitionRials();
        }
        long value = Objects.requireNonNull(inputs.claimValueRials(), "claim value");
        BigDecimal fee = BigDecimal.ZERO;
        long lower = 0;
        for (FeeBand band : schedule.financialBands()) {
            long upper = band.upToRials() == null ? Long.MAX_VALUE : band.upToRials();
            if (value <= lower) {
                break;
            }
            long slice = Math.min(value, upper) - lower;
            fee = fee.add(BigDecimal.valueOf(slice).multiply(band.percent()).movePointLeft(2));
            lower = upper;
        }
        long rounded = fee.setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Math.max(rounded, schedule.financialMinimumRials());
    }
}
