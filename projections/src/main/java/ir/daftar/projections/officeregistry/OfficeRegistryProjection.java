package ir.daftar.projections.officeregistry;

import ir.daftar.core.establishment.OfficeCallEvent.ApplicationReceived;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationVetted;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeCallOpened;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeEstablished;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeManagerAppointed;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposalDecided;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposed;
import ir.daftar.core.office.Licence;
import ir.daftar.core.office.LicenceCondition;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.OfficeEvent.DisciplinaryRulingLifted;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionOpinionGiven;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionProposed;
import ir.daftar.core.office.OfficeEvent.LicenceRequired;
import ir.daftar.core.office.OfficeEvent.LicenceRevokedByRuling;
import ir.daftar.core.office.OfficeEvent.LicenceSuspendedByRuling;
import ir.daftar.core.office.OfficeEvent.LicenceSuspensionEnded;
import ir.daftar.core.office.OfficeEvent.MinimumStaffingOrdered;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffRole;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.OfficeStatus;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.RegisteredOffice;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.WorkItem;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.WorkKind;
import ir.daftar.projections.privacy.PersonalDataHasher;
import ir.daftar.projections.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code office-registry} read model (ADR 0930). Idempotent: inserts do nothing when the row exists and each update
 * sets values from its event, so a redelivered event changes nothing. The licence columns follow the office's events as
 * the {@code Office} aggregate folds them (decisions approved, suspensions ended, rulings executed and lifted); its
 * condition (in force, expired, suspended...) is computed when read, against the instant asked for, as the intake does.
 * Staff are kept by a keyed hash of their national code. A rebuild resets the tables.
 */
@Component
@ProcessingGroup(OfficeRegistryProjection.PROCESSING_GROUP)
public class OfficeRegistryProjection {

    public static final String PROCESSING_GROUP = "office-registry";
    private static final String GD_OFFICER = "GD_OFFICER";
    private static final String CENTER_HEAD = "CENTER_HEAD";

    private final JdbcTemplate jdbc;
    private final PersonalDataHasher hasher;

    public OfficeRegistryProjection(JdbcTemplate jdbcTemplate, PersonalDataHasher hasher) {
        this.jdbc = Objects.requireNonNull(jdbcTemplate, "jdbcTemplate");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    // ---- offices ----

    @EventHandler
    public void on(OfficeRegistered event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO office_registry (office_id, name, origin, province, city, registered_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.officeId(), event.name(),
                event.origin() == null ? null : event.origin().name(), event.province(), event.city(),
                SqlTime.column(message.getTimestamp()));
        // established through a call (ADR 0920): the call's OfficeEstablished came first, in the same transaction
        jdbc.query("SELECT call_id, application_id FROM office_registry_application WHERE office_id = ? "
                + "AND appointed_at IS NOT NULL", rs -> {
                    linkEstablishment(event.officeId(), rs.getString(1), rs.getString(2));
                }, event.officeId());
    }

    @EventHandler
    public void on(LicenceRequired event) {
        jdbc.update("UPDATE office_registry SET licence_required = TRUE WHERE office_id = ?", event.officeId());
    }

    @EventHandler
    public void on(StaffMemberAppointed event) {
        jdbc.update("""
                INSERT INTO office_registry_staff (office_id, person_hash, role, full_time) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.officeId(), hasher.hash(event.member().nationalCode().value()),
                event.member().role().name(), event.member().fullTime());
        restaff(event.officeId());
    }

    @EventHandler
    public void on(StaffAppointmentEnded event) {
        jdbc.update("DELETE FROM office_registry_staff WHERE office_id = ? AND person_hash = ?", event.officeId(),
                hasher.hash(event.nationalCode()));
        restaff(event.officeId());
    }

    @EventHandler
    public void on(MinimumStaffingOrdered event) {
        jdbc.update("""
                UPDATE office_registry SET min_manager = ?, min_legal_expert = ?, min_it_expert = ?, min_clerk = ?
                 WHERE office_id = ?""", event.minimum().of(StaffRole.MANAGER), event.minimum().of(StaffRole.LEGAL_EXPERT),
                event.minimum().of(StaffRole.IT_EXPERT), event.minimum().of(StaffRole.CLERK), event.officeId());
        restaff(event.officeId());
    }

    /** A15: the count of staff, and whether every role meets its minimum with a full-time manager. */
    private void restaff(String officeId) {
        Map<StaffRole, Integer> counts = new EnumMap<>(StaffRole.class);
        boolean[] managerFullTime = {true};
        jdbc.query("SELECT role, full_time FROM office_registry_staff WHERE office_id = ?", rs -> {
            StaffRole role = StaffRole.valueOf(rs.getString(1));
            counts.merge(role, 1, Integer::sum);
            if (role == StaffRole.MANAGER && !rs.getBoolean(2)) {
                managerFullTime[0] = false;
            }
        }, officeId);
        List<Boolean> complete = jdbc.query("""
                SELECT min_manager, min_legal_expert, min_it_expert, min_clerk FROM office_registry WHERE office_id = ?""",
                (rs, n) -> counts.getOrDefault(StaffRole.MANAGER, 0) >= rs.getInt(1)
                        && counts.getOrDefault(StaffRole.LEGAL_EXPERT, 0) >= rs.getInt(2)
                        && counts.getOrDefault(StaffRole.IT_EXPERT, 0) >= rs.getInt(3)
                        && counts.getOrDefault(StaffRole.CLERK, 0) >= rs.getInt(4), officeId);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        jdbc.update("UPDATE office_registry SET staff_count = ?, staffing_complete = ? WHERE office_id = ?", total,
                !complete.isEmpty() && complete.get(0) && managerFullTime[0], officeId);
    }

    // ---- licence decisions (A22(b), A24; ADR 0900) ----

    @EventHandler
    public void on(LicenceDecisionProposed event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO office_registry_decision (office_id, decision_id, kind, until_at, address, province, proposed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.officeId(), event.decisionId(), event.kind().name(),
                event.terms() == null || event.terms().until() == null ? null : SqlTime.column(event.terms().until()),
                event.terms() == null ? null : event.terms().address(), event.terms() == null ? null : event.terms().province(),
                SqlTime.column(message.getTimestamp()));
    }

    @EventHandler
    public void on(LicenceDecisionOpinionGiven event, EventMessage<?> message) {
        jdbc.update("UPDATE office_registry_decision SET opinion_at = ? WHERE office_id = ? AND decision_id = ?",
                SqlTime.column(message.getTimestamp()), event.officeId(), event.decisionId());
    }

    @EventHandler
    public void on(LicenceDecisionDecided event, EventMessage<?> message) {
        jdbc.update("UPDATE office_registry_decision SET decided_at = ?, approved = ? WHERE office_id = ? AND decision_id = ?",
                SqlTime.column(message.getTimestamp()), event.approved(), event.officeId(), event.decisionId());
        if (!event.approved()) {
            return;
        }
        jdbc.query("SELECT kind, until_at, address, province FROM office_registry_decision WHERE office_id = ? "
                + "AND decision_id = ?", rs -> {
                    approved(event.officeId(), event.decisionId(), LicenceDecisionKind.valueOf(rs.getString(1)),
                            SqlTime.instant(rs, "until_at"), rs.getString(3), rs.getString(4));
                }, event.officeId(), event.decisionId());
    }

    /** As the office changes its licence on an approval (ADR 0900). */
    private void approved(String officeId, String decisionId, LicenceDecisionKind kind, Instant until, String address,
                          String province) {
        switch (kind) {
            case ISSUE, REPLACE -> jdbc.update("""
                    UPDATE office_registry SET licence_issued = TRUE, licence_expires_at = ?, licence_suspended_until = NULL,
                           licence_suspended_by = NULL, licence_ended = NULL WHERE office_id = ?""",
                    SqlTime.column(until), officeId);
            case RENEW -> jdbc.update("UPDATE office_registry SET licence_expires_at = ? WHERE office_id = ?",
                    SqlTime.column(until), officeId);
            case SUSPEND -> jdbc.update("""
                    UPDATE office_registry SET licence_suspended_until = ?, licence_suspended_by = ? WHERE office_id = ?""",
                    SqlTime.column(until), decisionId, officeId);
            case REVOKE, RELINQUISH -> jdbc.update("""
                    UPDATE office_registry SET licence_ended = ?, licence_suspended_until = NULL, licence_suspended_by = NULL
                     WHERE office_id = ?""", kind == LicenceDecisionKind.REVOKE ? LicenceCondition.REVOKED.name()
                    : LicenceCondition.RELINQUISHED.name(), officeId);
            case RELOCATE -> jdbc.update("""
                    UPDATE office_registry SET licence_address = ?, licence_province = COALESCE(?, licence_province)
                     WHERE office_id = ?""", address, province, officeId);
        }
    }

    @EventHandler
    public void on(LicenceSuspensionEnded event) {
        jdbc.update("""
                UPDATE office_registry SET licence_suspended_until = NULL, licence_suspended_by = NULL WHERE office_id = ?""",
                event.officeId());
    }

    // ---- discipline executed on the licence (A35-5/6, A36; ADR 1200) ----

    @EventHandler
    public void on(LicenceSuspendedByRuling event) {
        jdbc.update("""
                UPDATE office_registry SET licence_suspended_until = ?, licence_suspended_by = ?
                 WHERE office_id = ? AND (licence_suspended_until IS NULL OR licence_suspended_until < ?)""",
                SqlTime.column(event.until()), event.rulingId(), event.officeId(), SqlTime.column(event.until()));
    }

    @EventHandler
    public void on(LicenceRevokedByRuling event) {
        jdbc.update("""
                UPDATE office_registry SET licence_ended = ?, licence_revoked_by = ?, licence_suspended_until = NULL,
                       licence_suspended_by = NULL WHERE office_id = ?""", LicenceCondition.REVOKED.name(),
                event.rulingId(), event.officeId());
    }

    @EventHandler
    public void on(DisciplinaryRulingLifted event) {
        jdbc.update("""
                UPDATE office_registry SET licence_ended = NULL, licence_revoked_by = NULL
                 WHERE office_id = ? AND licence_revoked_by = ?""", event.officeId(), event.rulingId());
        jdbc.update("""
                UPDATE office_registry SET licence_suspended_until = NULL, licence_suspended_by = NULL
                 WHERE office_id = ? AND licence_suspended_by = ?""", event.officeId(), event.rulingId());
    }

    // ---- establishment (A3, A14, A22(a); ADR 0920) ----

    @EventHandler
    public void on(OfficeCallOpened event) {
        jdbc.update("INSERT INTO office_registry_call (call_id, province, city, offices) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", event.callId(), event.province(), event.city(), event.offices());
    }

    @EventHandler
    public void on(ApplicationReceived event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO office_registry_application (call_id, application_id, applicant_name, received_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.callId(), event.applicationId(), event.applicant().name(),
                SqlTime.column(message.getTimestamp()));
    }

    @EventHandler
    public void on(ApplicationVetted event, EventMessage<?> message) {
        jdbc.update("UPDATE office_registry_application SET vetted_at = ?, accepted = ? WHERE call_id = ? "
                + "AND application_id = ?", SqlTime.column(message.getTimestamp()), event.accepted(), event.callId(),
                event.applicationId());
    }

    @EventHandler
    public void on(OfficeProposed event, EventMessage<?> message) {
        jdbc.update("""
                UPDATE office_registry_application SET office_id = ?, office_name = ?, origin = ?, proposed_at = ?
                 WHERE call_id = ? AND application_id = ?""", event.officeId(), event.name(),
                event.origin() == null ? null : event.origin().name(), SqlTime.column(message.getTimestamp()),
                event.callId(), event.applicationId());
    }

    @EventHandler
    public void on(OfficeProposalDecided event, EventMessage<?> message) {
        jdbc.update("UPDATE office_registry_application SET decided_at = ?, approved = ? WHERE call_id = ? "
                + "AND application_id = ?", SqlTime.column(message.getTimestamp()), event.approved(), event.callId(),
                event.applicationId());
    }

    @EventHandler
    public void on(OfficeManagerAppointed event, EventMessage<?> message) {
        jdbc.update("UPDATE office_registry_application SET appointed_at = ? WHERE call_id = ? AND application_id = ?",
                SqlTime.column(message.getTimestamp()), event.callId(), event.applicationId());
    }

    @EventHandler
    public void on(OfficeEstablished event) {
        linkEstablishment(event.officeId(), event.callId(), event.applicationId());
    }

    private void linkEstablishment(String officeId, String callId, String applicationId) {
        jdbc.update("UPDATE office_registry SET call_id = ?, application_id = ? WHERE office_id = ?", callId,
                applicationId, officeId);
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM office_registry_staff");
        jdbc.update("DELETE FROM office_registry_decision");
        jdbc.update("DELETE FROM office_registry_application");
        jdbc.update("DELETE FROM office_registry_call");
        jdbc.update("DELETE FROM office_registry");
    }

    // ---- queries ----

    @QueryHandler
    public List<RegisteredOffice> handle(FindOffices query) {
        Instant at = query.at() == null ? Instant.now() : query.at();
        StringBuilder sql = new StringBuilder("SELECT * FROM office_registry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.officeId() != null) {
            sql.append(" AND office_id = ?");
            args.add(query.officeId());
        }
        if (query.province() != null) {
            sql.append(" AND province = ?");
            args.add(query.province());
        }
        if (query.staffingComplete() != null) {
            sql.append(" AND staffing_complete = ?");
            args.add(query.staffingComplete());
        }
        sql.append(" ORDER BY registered_at, office_id");
        return jdbc.query(sql.toString(), (rs, n) -> office(rs, at), args.toArray()).stream()
                .filter(o -> query.status() == null || o.status() == query.status())
                .filter(o -> query.licence() == null || o.licenceCondition() == query.licence())
                .toList();
    }

    private static RegisteredOffice office(ResultSet rs, Instant at) throws SQLException {
        String ended = rs.getString("licence_ended");
        Licence licence = new Licence(rs.getBoolean("licence_required"), rs.getBoolean("licence_issued"),
                SqlTime.instant(rs, "licence_expires_at"), SqlTime.instant(rs, "licence_suspended_until"),
                ended == null ? null : LicenceCondition.valueOf(ended), rs.getString("licence_address"),
                rs.getString("licence_province"));
        boolean staffed = rs.getBoolean("staffing_complete");
        OfficeStatus status = ended != null ? OfficeStatus.CLOSED
                : staffed && (!licence.enforcedAt(at) || licence.inForceAt(at)) ? OfficeStatus.OPERATING
                : OfficeStatus.NOT_OPERATING;
        String origin = rs.getString("origin");
        return new RegisteredOffice(rs.getString("office_id"), rs.getString("name"),
                origin == null ? null : OfficeOrigin.valueOf(origin), rs.getString("province"), rs.getString("city"),
                SqlTime.instant(rs, "registered_at"), rs.getString("call_id"), rs.getString("application_id"),
                licence.enforcedAt(at), licence.conditionAt(at), licence.expiresAt(), licence.suspendedAt(at)
                ? licence.suspendedUntil() : null, rs.getInt("staff_count"), staffed, status, at);
    }

    @QueryHandler
    public List<WorkItem> handle(FindOfficeWorkQueue query) {
        List<WorkItem> items = new ArrayList<>();
        jdbc.query("""
                SELECT d.office_id, r.name, d.decision_id, d.kind, d.proposed_at, d.opinion_at
                  FROM office_registry_decision d LEFT JOIN office_registry r ON r.office_id = d.office_id
                 WHERE d.decided_at IS NULL""", rs -> {
                    boolean opined = rs.getObject("opinion_at") != null;
                    items.add(new WorkItem(opined ? WorkKind.LICENCE_DECISION : WorkKind.LICENCE_OPINION,
                            opined ? CENTER_HEAD : GD_OFFICER,
                            SqlTime.instant(rs, opined ? "opinion_at" : "proposed_at"), rs.getString(1), rs.getString(2),
                            rs.getString(3), LicenceDecisionKind.valueOf(rs.getString(4)), null, null, null));
                });
        jdbc.query("""
                SELECT call_id, application_id, applicant_name, received_at, vetted_at, accepted, office_id, office_name,
                       proposed_at, decided_at, approved, appointed_at
                  FROM office_registry_application
                 WHERE vetted_at IS NULL OR (proposed_at IS NOT NULL AND decided_at IS NULL)
                    OR (approved = TRUE AND appointed_at IS NULL)""", rs -> {
                    WorkKind kind;
                    Instant since;
                    if (rs.getObject("vetted_at") == null) {
                        kind = WorkKind.APPLICATION_VETTING;
                        since = SqlTime.instant(rs, "received_at");
                    } else if (rs.getObject("decided_at") == null) {
                        kind = WorkKind.OFFICE_PROPOSAL_DECISION;
                        since = SqlTime.instant(rs, "proposed_at");
                    } else {
                        kind = WorkKind.MANAGER_APPOINTMENT;
                        since = SqlTime.instant(rs, "decided_at");
                    }
                    items.add(new WorkItem(kind, kind == WorkKind.APPLICATION_VETTING ? GD_OFFICER : CENTER_HEAD, since,
                            rs.getString("office_id"), rs.getString("office_name"), null, null, rs.getString("call_id"),
                            rs.getString("application_id"), rs.getString("applicant_name")));
                });
        return items.stream()
                .filter(i -> query.waitingFor() == null || query.waitingFor().equals(i.waitingFor()))
                .sorted(Comparator.comparing(WorkItem::since).thenComparing(i -> String.valueOf(i.officeId())))
                .toList();
    }
}
