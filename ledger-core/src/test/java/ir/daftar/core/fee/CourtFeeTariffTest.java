package ir.daftar.core.fee;

import static ir.daftar.core.fee.TestTariffs.COURTS_AND_PROSECUTORS;
import static ir.daftar.core.fee.TestTariffs.FROM_1403;
import static ir.daftar.core.fee.TestTariffs.FROM_1404;
import static ir.daftar.core.fee.TestTariffs.TARIFF_1403;
import static ir.daftar.core.fee.TestTariffs.TARIFF_1404;
import static ir.daftar.core.fee.TestTariffs.band;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.common.FilingKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A5: the system computes the court fee from a versioned tariff, never from figures in code. */
class CourtFeeTariffTest {

    static CourtFeeInputs financial(long claim, AuthorityKind authority) {
        return new CourtFeeInputs(FilingKind.PETITION, ClaimNature.FINANCIAL, claim, authority);
    }

    @Nested
    class FinancialPetitions {

        @Test
        void a5_each_band_of_the_claim_is_charged_its_own_rate() {
            // 2.5 % of the first 200,000,000 rials + 3.5 % of the next 100,000,000
            assertThat(TARIFF_1404.compute(financial(300_000_000L, AuthorityKind.COURT))).isEqualTo(5_000_000L + 3_500_000L);
        }

        @ParameterizedTest(name = "claim {0} → fee {1}")
        @CsvSource({
                "200000000, 5000000",   // exactly at the band limit: all in the first band
                "200000001, 5000000",   // 0.035 rial more, rounded away
                "200000100, 5000004",   // 5,000,000 + 3.5
                "1000000000, 33000000", // 5,000,000 + 3.5 % of 800,000,000
                "6000000, 150000",      // 150,000 exactly: the minimum and the rate agree
                "6000040, 150001"})     // 150,001 (150,001.0): above the minimum
        void a5_band_edges_and_rounding(long claim, long fee) {
            assertThat(TARIFF_1404.compute(financial(claim, AuthorityKind.COURT))).isEqualTo(fee);
        }

        @Test
        void a5_the_minimum_fee_applies_to_small_claims() {
            assertThat(TARIFF_1404.compute(financial(1_000_000L, AuthorityKind.COURT))).isEqualTo(150_000L);
            assertThat(TARIFF_1404.compute(financial(0L, AuthorityKind.COURT))).isEqualTo(150_000L);
        }

        @Test
        void a5_fractions_of_a_rial_round_half_up() {
            CourtFeeTariff noMinimum = tariff("r", Instant.EPOCH, new FeeSchedule(Set.of(AuthorityKind.COURT),
                    List.of(band(null, "2.5")), 0, 0, 0, 0));

            assertThat(noMinimum.compute(financial(20L, AuthorityKind.COURT))).isEqualTo(1L);   // 0.5
            assertThat(noMinimum.compute(financial(19L, AuthorityKind.COURT))).isEqualTo(0L);   // 0.475
            assertThat(noMinimum.compute(financial(60L, AuthorityKind.COURT))).isEqualTo(2L);   // 1.5
        }

        @Test
        void a5_three_bands_add_up() {
            CourtFeeTariff threeBands = tariff("3", Instant.EPOCH, new FeeSchedule(Set.of(AuthorityKind.COURT),
                    List.of(band(100L, "10"), band(1_000L, "5"), band(null, "1")), 0, 0, 0, 0));

            // 10 % of 100 + 5 % of 900 + 1 % of 1000
            assertThat(threeBands.compute(financial(2_000L, AuthorityKind.COURT))).isEqualTo(10 + 45 + 10);
        }

        @Test
        void a5_a_financial_petition_without_a_value_cannot_be_computed() {
            assertThatThrownBy(() -> TARIFF_1404.compute(
                    new CourtFeeInputs(FilingKind.PETITION, ClaimNature.FINANCIAL, null, AuthorityKind.COURT)))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class FixedFees {

        @Test
        void a5_a_non_financial_petition_pays_its_fixed_fee_whatever_value_is_stated() {
            assertThat(TARIFF_1404.compute(new CourtFeeInputs(FilingKind.PETITION, ClaimNature.NON_FINANCIAL, null,
                    AuthorityKind.COURT))).isEqualTo(1_500_000L);
            assertThat(TARIFF_1404.compute(new CourtFeeInputs(FilingKind.PETITION, ClaimNature.NON_FINANCIAL,
                    999_000_000L, AuthorityKind.COURT))).isEqualTo(1_500_000L);
        }

        @Test
        void a5_a_request_pays_the_request_fee() {
            assertThat(TARIFF_1404.compute(new CourtFeeInputs(FilingKind.REQUEST, null, null, AuthorityKind.COURT)))
                    .isEqualTo(750_000L);
        }

        @Test
        void a5_a_complaint_pays_the_complaint_fee_at_the_prosecutors_office() {
            assertThat(TARIFF_1404.compute(new CourtFeeInputs(FilingKind.COMPLAINT, null, null,
                    AuthorityKind.PROSECUTOR_OFFICE))).isEqualTo(300_000L);
        }

        @Test
        void a5_a_request_or_complaint_ignores_a_claim_value() {
            assertThat(TARIFF_1404.compute(new CourtFeeInputs(FilingKind.COMPLAINT, ClaimNature.FINANCIAL,
                    500_000_000L, AuthorityKind.COURT))).isEqualTo(300_000L);
        }
    }

    @Nested
    class DisputeResolutionCouncils {

        @Test
        void a13_councils_have_a_schedule_of_their_own() {
            // 1 % of 100,000,000 + 1.5 % of 200,000,000, against 8,500,000 at a court
            assertThat(TARIFF_1404.compute(financial(300_000_000L, AuthorityKind.DISPUTE_RESOLUTION_COUNCIL)))
                    .isEqualTo(4_000_000L);
            assertThat(TARIFF_1404.compute(financial(300_000_000L, AuthorityKind.COURT))).isEqualTo(8_500_000L);
        }

        @Test
        void a13_council_fixed_fees_differ_from_court_fees() {
            for (FilingKind kind : List.of(FilingKind.REQUEST, FilingKind.COMPLAINT)) {
                long council = TARIFF_1404.compute(new CourtFeeInputs(kind, null, null, AuthorityKind.DISPUTE_RESOLUTION_COUNCIL));
                long court = TARIFF_1404.compute(new CourtFeeInputs(kind, null, null, AuthorityKind.COURT));
                assertThat(council).as(kind.name()).isNotEqualTo(court);
            }
            assertThat(TARIFF_1404.compute(new CourtFeeInputs(FilingKind.PETITION, ClaimNature.NON_FINANCIAL, null,
                    AuthorityKind.DISPUTE_RESOLUTION_COUNCIL))).isEqualTo(400_000L);
            assertThat(TARIFF_1404.compute(financial(1L, AuthorityKind.DISPUTE_RESOLUTION_COUNCIL))).isEqualTo(50_000L);
        }

        @Test
        void a_tariff_without_a_schedule_for_the_authority_cannot_compute_its_fee() {
            CourtFeeTariff courtsOnly = tariff("c", Instant.EPOCH, new FeeSchedule(COURTS_AND_PROSECUTORS,
                    List.of(band(null, "1")), 0, 0, 0, 0));

            assertThatThrownBy(() -> courtsOnly.compute(financial(1_000L, AuthorityKind.DISPUTE_RESOLUTION_COUNCIL)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("DISPUTE_RESOLUTION_COUNCIL");
        }
    }

    @Nested
    class TariffsInForce {

        final CourtFeeTariffs tariffs = CourtFeeTariffs.of(List.of(TARIFF_1404, TARIFF_1403));

        @Test
        void a5_the_tariff_in_force_is_the_latest_one_not_after_the_instant() {
            assertThat(tariffs.inForceAt(Instant.parse("2024-09-01T00:00:00Z"))).isSameAs(TARIFF_1403);
            assertThat(tariffs.inForceAt(Instant.parse("2025-09-01T00:00:00Z"))).isSameAs(TARIFF_1404);
        }

        @Test
        void a5_a_tariff_is_in_force_from_its_first_instant() {
            assertThat(tariffs.inForceAt(FROM_1404)).isSameAs(TARIFF_1404);
            assertThat(tariffs.inForceAt(FROM_1404.minusNanos(1))).isSameAs(TARIFF_1403);
            assertThat(tariffs.inForceAt(FROM_1403)).isSameAs(TARIFF_1403);
        }

        @Test
        void before_the_first_tariff_there_is_no_fee_to_compute() {
            assertThatThrownBy(() -> tariffs.inForceAt(FROM_1403.minusNanos(1))).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void tariffs_are_listed_in_the_order_they_came_into_force_and_found_by_version() {
            assertThat(tariffs.all()).containsExactly(TARIFF_1403, TARIFF_1404);
            assertThat(tariffs.version("1404")).containsSame(TARIFF_1404);
            assertThat(tariffs.version("1399")).isEmpty();
        }

        @Test
        void tariff_versions_are_unique() {
            CourtFeeTariff again = new CourtFeeTariff("1404", FROM_1404.plusSeconds(60), "duplicate", TARIFF_1404.schedules());

            assertThatThrownBy(() -> CourtFeeTariffs.of(List.of(TARIFF_1404, again)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class InvalidTariffs {

        @Test
        void band_limits_must_increase() {
            assertThatThrownBy(() -> schedule(List.of(band(200L, "1"), band(100L, "2"), band(null, "3"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
            assertThatThrownBy(() -> schedule(List.of(band(100L, "1"), band(100L, "2"), band(null, "3"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
        }

        @Test
        void the_last_band_is_open() {
            assertThatThrownBy(() -> schedule(List.of(band(100L, "1"), band(200L, "2"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open band");
            assertThatThrownBy(() -> schedule(List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open band");
        }

        @Test
        void only_the_last_band_is_open() {
            List<FeeBand> openInTheMiddle = new ArrayList<>();
            openInTheMiddle.add(band(null, "1"));
            openInTheMiddle.add(band(null, "2"));

            assertThatThrownBy(() -> schedule(openInTheMiddle)).isInstanceOf(RuntimeException.class);
        }

        @Test
        void a_band_has_a_positive_limit_and_a_rate_between_0_and_100_percent() {
            assertThatThrownBy(() -> band(0L, "1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> band(-5L, "1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> band(null, "-0.1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> band(null, "100.01")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FeeBand(null, null)).isInstanceOf(IllegalArgumentException.class);
            assertThat(band(null, "100").percent()).isEqualByComparingTo(BigDecimal.valueOf(100));
        }

        @Test
        void fees_are_not_negative() {
            List<FeeBand> bands = List.of(band(null, "1"));
            assertThatThrownBy(() -> new FeeSchedule(Set.of(AuthorityKind.COURT), bands, -1, 0, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FeeSchedule(Set.of(AuthorityKind.COURT), bands, 0, 0, 0, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_schedule_applies_to_some_authority() {
            assertThatThrownBy(() -> new FeeSchedule(Set.of(), List.of(band(null, "1")), 0, 0, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_tariff_has_a_version_a_start_and_a_schedule() {
            FeeSchedule schedule = schedule(List.of(band(null, "1")));
            assertThatThrownBy(() -> new CourtFeeTariff("1404 final", Instant.EPOCH, "x", List.of(schedule)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new CourtFeeTariff(null, Instant.EPOCH, "x", List.of(schedule)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new CourtFeeTariff("1404", null, "x", List.of(schedule)))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new CourtFeeTariff("1404", Instant.EPOCH, "x", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void claim_values_are_not_negative() {
            assertThatThrownBy(() -> new CourtFeeInputs(FilingKind.PETITION, ClaimNature.FINANCIAL, -1L, AuthorityKind.COURT))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new CourtFeeInputs(FilingKind.PETITION, null, 1L, AuthorityKind.COURT))
                    .isInstanceOf(NullPointerException.class);
        }

        private FeeSchedule schedule(List<FeeBand> bands) {
            return new FeeSchedule(Set.of(AuthorityKind.COURT), bands, 0, 0, 0, 0);
        }
    }

    private static CourtFeeTariff tariff(String version, Instant from, FeeSchedule schedule) {
        return new CourtFeeTariff(version, from, "test", List.of(schedule));
    }
}
