package ir.daftar.projections.notices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Digits;
import ir.daftar.core.notice.Deadline;
import ir.daftar.core.notice.NoticeEvent.AlertDelivered;
import ir.daftar.core.notice.NoticeEvent.AlertFailed;
import ir.daftar.core.notice.NoticeEvent.AlertSent;
import ir.daftar.core.notice.NoticeEvent.DeadlineRecomputed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessClaimed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessDismissed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessUpheld;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.NoticeEvent.NoticeIssued;
import ir.daftar.core.notice.NoticeEvent.NoticeViewed;
import ir.daftar.core.notice.NoticeEvent.NoticeWithdrawn;
import ir.daftar.projections.privacy.PersonalDataHasher;
import ir.daftar.projections.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code notices} read model (A7, A8): the inbox of each recipient (found by a keyed hash of
 * their national code) and the service state of every notice for court staff.
 *
 * <p>Idempotent: the row remembers the sequence number of the last event applied and an event
 * at or below it changes nothing; {@code NoticeIssued} replaces the row. A rebuild resets the
 * table ({@link #reset()}) and replays.
 */
@Component
@ProcessingGroup(NoticesProjection.PROCESSING_GROUP)
public class NoticesProjection {

    public static final String PROCESSING_GROUP = "notices";

    private static final String COLUMNS = """
            notice_id, filing_id, authority_id, kind, recipient_role, recipient_id_masked, recipient_name, content_text,
            documents, deadline_kind, deadline_days, status, issued_at, deposited_at, channel_mobile, channel_address,
            served_at, service_date, due_date, viewed_at, view_channel, alert_status, alert_attempt_id, alert_updated_at,
            lack_of_access, withdrawn_at, holiday_list_version, provisional_holidays, previous_due_date,
            deadline_recomputed_at""";

    private final JdbcTemplate jdbc;
    private final PersonalDataHasher hasher;
    private final ObjectMapper json;

    public NoticesProjection(JdbcTemplate jdbcTemplate, PersonalDataHasher hasher, ObjectMapper objectMapper) {
        this.jdbc = Objects.requireNonNull(jdbcTemplate, "jdbcTemplate");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.json = Objects.requireNonNull(objectMapper, "objectMapper");
    }

    @EventHandler
    public void on(NoticeIssued event, @SequenceNumber long seq, @Timestamp Instant at) {
        jdbc.update("DELETE FROM notice WHERE notice_id = ?", event.noticeId());
        String code = event.recipient().nationalCode();
        jdbc.update("""
                INSERT INTO notice (notice_id, filing_id, authority_id, kind, recipient_role, recipient_id_hash,
                                    recipient_id_masked, recipient_name, content_text, documents, deadline_kind,
                                    deadline_days, status, issued_at, alert_status, lack_of_access, last_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, 'NONE', 'NONE', ?)""",
                event.noticeId(), event.filingId(), event.authorityId(), event.kind().name(), event.recipient().role().name(),
                hasher.hash(code), "******" + code.substring(6), event.recipient().name(), event.content().text(),
                write(event.content().documentSha256()),
                event.deadlineRule() == null ? null : event.deadlineRule().kind().name(),
                event.deadlineRule() == null ? null : event.deadlineRule().days(),
                SqlTime.column(at), seq);
    }

    @EventHandler
    public void on(NoticeDeposited event, @SequenceNumber long seq) {
        Deadline d = event.deadline();
        update(event.noticeId(), seq, """
                status = 'SERVED', deposited_at = ?, channel_mobile = ?, channel_address = ?, served_at = ?,
                service_date = ?, due_date = ?, holiday_list_version = ?, provisional_holidays = ?""",
                SqlTime.column(event.servedAt()), event.channel().mobile().value(), event.channel().electronicAddress().value(),
                SqlTime.column(event.servedAt()), d == null ? null : d.serviceDate(),
                d == null ? null : d.dueDate(), d == null ? null : d.holidayListVersion(), provisional(d));
    }

    @EventHandler
    public void on(AlertSent event, @SequenceNumber long seq, @Timestamp Instant at) {
        update(event.noticeId(), seq, "alert_status = 'SENT', alert_attempt_id = ?, alert_updated_at = ?",
                event.attemptId(), SqlTime.column(at));
    }

    @EventHandler
    public void on(AlertDelivered event, @SequenceNumber long seq, @Timestamp Instant at) {
        update(event.noticeId(), seq, "alert_status = 'DELIVERED', alert_attempt_id = ?, alert_updated_at = ?",
                event.attemptId(), SqlTime.column(at));
    }

    @EventHandler
    public void on(AlertFailed event, @SequenceNumber long seq, @Timestamp Instant at) {
        update(event.noticeId(), seq, "alert_status = 'FAILED', alert_attempt_id = ?, alert_updated_at = ?",
                event.attemptId(), SqlTime.column(at));
    }

    @EventHandler
    public void on(NoticeViewed event, @SequenceNumber long seq) {
        update(event.noticeId(), seq, "status = 'VIEWED', viewed_at = ?, view_channel = ?",
                SqlTime.column(event.viewedAt()), event.channel().name());
    }

    @EventHandler
    public void on(LackOfAccessClaimed event, @SequenceNumber long seq) {
        update(event.noticeId(), seq, "lack_of_access = 'PENDING'");
    }

    @EventHandler
    public void on(LackOfAccessUpheld event, @SequenceNumber long seq) {
        Deadline d = event.deadline();
        update(event.noticeId(), seq, """
                lack_of_access = 'UPHELD', served_at = ?, service_date = ?, due_date = ?, holiday_list_version = ?,
                provisional_holidays = ?""",
                SqlTime.column(event.serviceAt()), d == null ? null : d.serviceDate(),
                d == null ? null : d.dueDate(), d == null ? null : d.holidayListVersion(), provisional(d));
    }

    /** ADR 0800: the official holiday list moved the due date; the inbox shows the date before and when it changed. */
    @EventHandler
    public void on(DeadlineRecomputed event, @SequenceNumber long seq, @Timestamp Instant at) {
        Deadline d = event.deadline();
        update(event.noticeId(), seq, """
                service_date = ?, due_date = ?, holiday_list_version = ?, provisional_holidays = ?, previous_due_date = ?,
                deadline_recomputed_at = ?""",
                d.serviceDate(), d.dueDate(), d.holidayListVersion(), provisional(d), event.previous().dueDate(),
                SqlTime.column(at));
    }

    @EventHandler
    public void on(LackOfAccessDismissed event, @SequenceNumber long seq) {
        update(event.noticeId(), seq, "lack_of_access = 'DISMISSED'");
    }

    @EventHandler
    public void on(NoticeWithdrawn event, @SequenceNumber long seq, @Timestamp Instant at) {
        update(event.noticeId(), seq, "status = 'WITHDRAWN', withdrawn_at = ?", SqlTime.column(at));
    }

    /** ADR 0800: the notices whose deadline still runs, to recompute when the official holiday list changes. */
    @QueryHandler
    public OpenDeadlines handle(FindOpenDeadlines query) {
        return new OpenDeadlines(jdbc.queryForList("""
                SELECT notice_id FROM notice
                 WHERE due_date >= ? AND deadline_kind IS NOT NULL AND status <> 'WITHDRAWN'
                 ORDER BY due_date, notice_id""", String.class, query.today()));
    }

    @QueryHandler
    public NoticeView handle(FindNotice query) {
        List<NoticeView> found = jdbc.query("SELECT " + COLUMNS + " FROM notice WHERE notice_id = ?", view(),
                query.noticeId());
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryHandler
    public NoticeList handle(FindNoticesOfFiling query) {
        return new NoticeList(jdbc.query("SELECT " + COLUMNS + " FROM notice WHERE filing_id = ? ORDER BY issued_at, notice_id", view(),
                query.filingId()));
    }

    @QueryHandler
    public NoticeList handle(FindInbox query) {
        String code = Digits.digitsOnly(query.nationalCode());
        return new NoticeList(jdbc.query("SELECT " + COLUMNS + " " + """
                 FROM notice WHERE recipient_id_hash = ? AND deposited_at IS NOT NULL
                 ORDER BY deposited_at DESC, notice_id""", view(), hasher.hash(code)));
    }

    /** Before a replay rebuilds the model from the first event. */
    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM notice");
    }

    private void update(String noticeId, long seq, String assignments, Object... values) {
        Object[] args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = seq;
        args[values.length + 1] = noticeId;
        args[values.length + 2] = seq;
        jdbc.update("UPDATE notice SET " + assignments + ", last_seq = ? WHERE notice_id = ? AND last_seq < ?", args);
    }

    private RowMapper<NoticeView> view() {
        return (rs, i) -> {
            LocalDate serviceDate = date(rs, "service_date");
            LocalDate due = date(rs, "due_date");
            LocalDate previousDue = date(rs, "previous_due_date");
            List<LocalDate> provisional = provisional(rs.getString("provisional_holidays"));
            String deadlineKind = rs.getString("deadline_kind");
            String mobile = rs.getString("channel_mobile");
            return new NoticeView(
                    rs.getString("notice_id"),
                    rs.getString("filing_id"),
                    rs.getString("authority_id"),
                    rs.getString("kind"),
                    new NoticeView.Recipient(rs.getString("recipient_role"), rs.getString("recipient_id_masked"),
                            rs.getString("recipient_name")),
                    rs.getString("content_text"),
                    read(rs.getString("documents")),
                    rs.getString("status"),
                    SqlTime.instant(rs, "issued_at"),
                    SqlTime.instant(rs, "deposited_at"),
                    mobile == null ? null : new NoticeView.Channel(mobile, rs.getString("channel_address")),
                    SqlTime.instant(rs, "served_at"),
                    deadlineKind == null ? null : new NoticeView.Deadline(deadlineKind, rs.getInt("deadline_days"),
                            serviceDate, serviceDate == null ? null : JalaliDate.of(serviceDate).toString(),
                            due, due == null ? null : JalaliDate.of(due).toString(), rs.getString("holiday_list_version"),
                            !provisional.isEmpty(), provisional,
                            provisional.stream().map(p -> JalaliDate.of(p).toString()).toList(),
                            previousDue, previousDue == null ? null : JalaliDate.of(previousDue).toString(),
                            SqlTime.instant(rs, "deadline_recomputed_at")),
                    SqlTime.instant(rs, "viewed_at"),
                    rs.getString("view_channel"),
                    new NoticeView.Alert(rs.getString("alert_status"), rs.getString("alert_attempt_id"),
                            SqlTime.instant(rs, "alert_updated_at")),
                    rs.getString("lack_of_access"),
                    SqlTime.instant(rs, "withdrawn_at"));
        };
    }

    private String write(List<String> documents) {
        try {
            return json.writeValueAsString(documents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String documents) {
        try {
            return json.readValue(documents, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice.documents is not JSON", e);
        }
    }

    private static String provisional(Deadline d) {
        if (d == null || d.provisionalHolidays().isEmpty()) {
            return null;
        }
        return String.join(",", d.provisionalHolidays().stream().map(LocalDate::toString).toList());
    }

    private static List<LocalDate> provisional(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(column.split(",")).map(LocalDate::parse).toList();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
