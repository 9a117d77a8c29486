package ir.daftar.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.projections.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The projections' migrations (V100, V101, V110, V111, V120-V122, ..., V160, V190, V210, V221, V250) as written, on one database; the subclasses pick H2 (PostgreSQL mode) or PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationsContract {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2025, 3, 1, 12, 0, 0, 123_456_000, ZoneOffset.ofHoursMinutes(3, 30));

    private TestDatabase database;
    private JdbcTemplate jdbc;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        jdbc = database.jdbc();
    }

    @AfterAll
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTables() {
        jdbc.update("DELETE FROM case_status_step");
        jdbc.update("DELETE FROM case_status");
        jdbc.update("DELETE FROM case_history");
        jdbc.update("DELETE FROM case_history_notice");
        jdbc.update("DELETE FROM notice");
    }

    @Test
    void flyway_applied_every_projection_migration() {
        assertThat(database.flyway().info().applied())
                .extracting(MigrationInfo::getVersion)
                .extracting(Object::toString)
                .containsExactly("100", "101", "110", "111", "120", "121", "122", "140", "150", "151", "152", "153", "154", "155", "160", "190", "210", "221", "250");
        assertThat(database.flyway().info().pending()).isEmpty();
    }

    @Test
    void the_tables_have_the_documented_columns() {
        assertThat(columns("case_status")).containsExactlyInAnyOrder("filing_id", "tracking_code", "applicant_id_hash",
                "kind", "route", "status", "competent_authority_name", "office_id", "started_at", "updated_at",
                "case_number", "case_branch", "return_reason", "competent_authority_id");
        assertThat(columns("case_status_step")).containsExactlyInAnyOrder("filing_id", "step_no", "step", "occurred_at");
        assertThat(columns("report_register")).containsExactlyInAnyOrder("report_id", "tracking_code", "filing_id",
                "reporting_body_id", "body_kind", "kind", "title", "documents", "competent_authority_id", "submitted_by",
                "submitted_at", "occurred_at", "acknowledged_at", "acknowledged_by");
        assertThat(columns("inspection_list")).containsExactlyInAnyOrder("inspection_id", "kind", "kanoon_id", "office_id",
                "period_from", "period_to", "opened_by", "opened_at", "state", "sent_at");
        assertThat(columns("inspection_request")).containsExactlyInAnyOrder("inspection_id", "request_id", "office_id",
                "text", "deadline", "sent_at", "answered_at");
        assertThat(columns("inspection_list_inspector")).containsExactlyInAnyOrder("inspection_id", "inspector_id");
        assertThat(columns("stat_fact")).containsExactlyInAnyOrder("event_id", "measure", "recorded_at", "tehran_day",
                "subject_id", "office_id", "authority_id", "clause");
        assertThat(columns("stat_filing")).containsExactlyInAnyOrder("filing_id", "route", "kind", "authority_id",
                "authority_name", "office_id", "started_at");
        assertThat(columns("stat_office")).containsExactlyInAnyOrder("office_id", "name", "province", "city", "registered_at");
        assertThat(columns("stat_inspection")).containsExactlyInAnyOrder("inspection_id", "office_id");
        assertThat(columns("access_log")).containsExactlyInAnyOrder("event_id", "filing_id", "reader_id", "reader_role",
                "reader_office_id", "reader_authority_id", "view_name", "purpose", "read_at");
        assertThat(columns("case_history")).containsExactlyInAnyOrder("filing_id", "seq", "event_type", "event_id",
                "recorded_at", "actor_id", "actor_role", "office_id", "details", "occurred_at", "authority_id",
                "reporting_body_id");
        assertThat(columns("case_history_linked")).containsExactlyInAnyOrder("event_id", "filing_id", "stream_type",
                "stream_id", "seq", "event_type", "recorded_at", "occurred_at", "actor_id", "actor_role", "office_id",
                "authority_id", "reporting_body_id", "details");
        assertThat(columns("paper_file")).containsExactlyInAnyOrder("paper_file_id", "filing_id", "reporting_body_id",
                "paper_reference", "carried_by", "registered_by", "act_count", "first_act_at", "recorded_at", "delay_seconds");
        assertThat(columns("case_history_notice")).containsExactlyInAnyOrder("filing_id", "notice_id", "seq", "event_type",
                "event_id", "recorded_at", "actor_id", "actor_role", "office_id", "channel_mobile", "channel_address",
                "details");
        assertThat(columns("notice")).contains("notice_id", "filing_id", "recipient_id_hash", "channel_mobile",
                "channel_address", "served_at", "due_date", "viewed_at", "alert_status", "lack_of_access", "last_seq",
                "holiday_list_version", "provisional_holidays", "previous_due_date", "deadline_recomputed_at");
        // the office registry (ADR 0930)
        assertThat(columns("office_registry")).containsExactlyInAnyOrder("office_id", "name", "origin", "province", "city",
                "registered_at", "call_id", "application_id", "licence_required", "licence_issued", "licence_expires_at",
                "licence_suspended_until", "licence_suspended_by", "licence_ended", "licence_revoked_by", "licence_address",
                "licence_province", "min_manager", "min_legal_expert", "min_it_expert", "min_clerk", "staff_count",
                "staffing_complete");
        assertThat(columns("office_registry_staff")).containsExactlyInAnyOrder("office_id", "person_hash", "role", "full_time");
        assertThat(columns("office_registry_decision")).containsExactlyInAnyOrder("office_id", "decision_id", "kind",
                "until_at", "address", "province", "proposed_at", "opinion_at", "decided_at", "approved");
        assertThat(columns("office_registry_application")).containsExactlyInAnyOrder("call_id", "application_id",
                "applicant_name", "received_at", "vetted_at", "accepted", "office_id", "office_name", "origin", "proposed_at",
                "decided_at", "approved", "appointed_at");
    }

    @Test
    void tracking_codes_are_unique_but_many_filings_may_not_have_one_yet() {
        insertStatus("f-1", null);
        insertStatus("f-2", null);
        insertStatus("f-3", "1234567890123452");

        assertThatThrownBy(() -> insertStatus("f-4", "1234567890123452"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_status", Integer.class)).isEqualTo(3);
    }

    @Test
    void a_step_number_is_used_once_per_filing() {
        jdbc.update("INSERT INTO case_status_step (filing_id, step_no, step, occurred_at) VALUES ('f-1', 0, 'FILING_STARTED', ?)", NOON);
        jdbc.update("INSERT INTO case_status_step (filing_id, step_no, step, occurred_at) VALUES ('f-2', 0, 'FILING_STARTED', ?)", NOON);

        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO case_status_step (filing_id, step_no, step, occurred_at) VALUES ('f-1', 0, 'FEE_PAID', ?)", NOON))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void history_rows_are_unique_by_position_and_by_event_id_and_keep_long_json() {
        String longJson = "{\"reason\":\"" + "ن".repeat(20_000) + "\"}";
        insertHistory("f-1", 0, "e-1", longJson);

        assertThatThrownBy(() -> insertHistory("f-1", 0, "e-2", "{}")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertHistory("f-2", 0, "e-1", "{}")).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT details FROM case_history WHERE event_id = 'e-1'", String.class))
                .isEqualTo(longJson);
    }

    @Test
    void timestamps_keep_the_instant_and_microseconds() {
        insertStatus("f-1", null);

        OffsetDateTime stored = jdbc.queryForObject("SELECT started_at FROM case_status WHERE filing_id = 'f-1'",
                (rs, i) -> rs.getObject(1, OffsetDateTime.class));

        assertThat(stored.toInstant()).isEqualTo(NOON.toInstant());
    }

    private void insertStatus(String filingId, String trackingCode) {
        jdbc.update("""
                INSERT INTO case_status (filing_id, tracking_code, applicant_id_hash, kind, route, status,
                                         competent_authority_name, office_id, started_at, updated_at)
                VALUES (?, ?, 'hash', 'PETITION', 'OFFICE', 'STARTED', 'دادگاه', NULL, ?, ?)""",
                filingId, trackingCode, NOON, NOON);
    }

    private void insertHistory(String filingId, long seq, String eventId, String details) {
        jdbc.update("""
                INSERT INTO case_history (filing_id, seq, event_type, event_id, recorded_at, actor_id, actor_role,
                                          office_id, details)
                VALUES (?, ?, 'FilingStarted', ?, ?, NULL, NULL, NULL, ?)""",
                filingId, seq, eventId, NOON, details);
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = CURRENT_SCHEMA AND table_name = ?""", String.class, table);
    }
}
