package ir.daftar.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.fee.TestTariffs;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleConfirmed;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleProposed;
import ir.daftar.core.feeschedule.FeeSchedules;
import ir.daftar.core.filing.FilingEvent.OfficeServiceCharged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A37-12 (ADR 0921, revisited): the audit also finds an office service charged above the office service fee schedule
 * in force when it was charged, the schedules' versions read from the same stream: a charge recorded at the counter,
 * and a charge imported later whose act happened earlier ({@code occurredAt}), judged by the version in force then.
 */
class OfficeServiceChargeAuditTest {

    static final String OFFICE = "OFF-101";
    static final String CLERK = "0011000041";
    static final String SCHEDULES = FeeSchedules.ID;
    static final Instant T0 = Instant.parse("2025-05-01T06:00:00Z");
    /** Version 1 in force from T0 + 1 day (filing 50,000 rials); version 2 from T0 + 20 days (80,000 rials). */
    static final Instant V1_FROM = T0.plus(Duration.ofDays(1));
    static final Instant V2_FROM = T0.plus(Duration.ofDays(20));

    final List<LedgerEntry> stream = new ArrayList<>();
    long index;

    String record(Object payload, Instant at, Instant occurredAt) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> meta = new HashMap<>(new Actor(CLERK, ActorRole.OFFICE_CLERK, OFFICE).asMetaData());
        if (occurredAt != null) {
            meta.put(LedgerEntry.OCCURRED_AT, occurredAt.toString());
        }
        stream.add(new LedgerEntry(++index, id, null, "agg", 0, at, payload, meta));
        return id;
    }

    void schedules() {
        record(new FeeScheduleProposed(SCHEDULES, 1, V1_FROM, Map.of("PETITION_FILING", 50_000L), "جلسه ۱", "تورم"), T0, null);
        record(new FeeScheduleConfirmed(SCHEDULES, 1, true, null), T0, null);
        record(new FeeScheduleProposed(SCHEDULES, 2, V2_FROM, Map.of("PETITION_FILING", 80_000L), "جلسه ۲", "تورم"),
                T0.plus(Duration.ofDays(5)), null);
        record(new FeeScheduleConfirmed(SCHEDULES, 2, true, null), T0.plus(Duration.ofDays(6)), null);
    }

    static OfficeServiceCharged charged(String office, String service, long amount) {
        return new OfficeServiceCharged("filing-" + amount, office, service, amount, 1, 50_000L, "RCPT-1", CLERK);
    }

    List<Finding> audit() {
        OfficeAudit audit = new OfficeAudit(OFFICE, T0, T0.plus(Duration.ofDays(60)), AuditLimits.DEFAULTS, TestTariffs.tariffs());
        stream.forEach(audit::accept);
        return audit.finish();
    }

    @Test
    void charges_at_or_below_the_schedule_in_force_are_not_findings() {
        schedules();
        record(charged(OFFICE, "PETITION_FILING", 50_000L), T0.plus(Duration.ofDays(2)), null);
        record(charged(OFFICE, "PETITION_FILING", 80_000L), T0.plus(Duration.ofDays(21)), null);
        assertThat(audit()).isEmpty();
    }

    @Test
    void a37_12_a_charge_above_the_version_in_force_at_the_charge_is_found_with_its_event() {
        schedules();
        String over = record(charged(OFFICE, "PETITION_FILING", 60_000L), T0.plus(Duration.ofDays(2)), null);
        List<Finding> findings = audit();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.A37_12_FEE_ABOVE_SCHEDULE);
            assertThat(f.article()).isEqualTo("A37");
            assertThat(f.subjectId()).isEqualTo("filing-60000");
            assertThat(f.evidenceEventIds()).containsExactly(over);
            assertThat(f.detail()).contains("60000", "version 1", "50000");
        });
    }

    @Test
    void a37_12_an_imported_charge_is_judged_by_the_version_in_force_when_it_happened_not_when_it_was_recorded() {
        schedules();
        // recorded on day 25 (version 2 allows 80,000) but charged on day 3, when version 1 allowed 50,000
        String planted = record(charged(OFFICE, "PETITION_FILING", 70_000L), T0.plus(Duration.ofDays(25)),
                T0.plus(Duration.ofDays(3)));
        assertThat(audit()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.A37_12_FEE_ABOVE_SCHEDULE);
            assertThat(f.at()).isEqualTo(T0.plus(Duration.ofDays(3)));
            assertThat(f.evidenceEventIds()).containsExactly(planted);
        });
    }

    @Test
    void a37_12_a_charge_when_no_schedule_was_in_force_or_for_a_service_it_does_not_name_is_found() {
        schedules();
        record(charged(OFFICE, "PETITION_FILING", 1_000L), T0.plus(Duration.ofHours(2)), null);
        record(charged(OFFICE, "NOTARISATION", 1_000L + 1), T0.plus(Duration.ofDays(2)), null);
        assertThat(audit()).extracting(Finding::detail).containsExactly(
                "1000 rials charged for PETITION_FILING; no office service fee schedule was in force",
                "1001 rials charged for NOTARISATION; version 1 in force has no service NOTARISATION");
    }

    @Test
    void another_offices_charges_are_not_this_offices_findings() {
        schedules();
        stream.add(new LedgerEntry(++index, UUID.randomUUID().toString(), null, "agg", 0, T0.plus(Duration.ofDays(2)),
                charged("OFF-202", "PETITION_FILING", 99_000L),
                new Actor("0011000099", ActorRole.OFFICE_CLERK, "OFF-202").asMetaData()));
        assertThat(audit()).isEmpty();
    }
}
