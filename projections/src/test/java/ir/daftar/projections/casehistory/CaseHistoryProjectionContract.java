package ir.daftar.projections.casehistory;

import static ir.daftar.projections.testing.FilingStory.APPLICANT_NATIONAL_CODE;
import static ir.daftar.projections.testing.FilingStory.CLERK_ID;
import static ir.daftar.projections.testing.FilingStory.DEFENDANT_NAME;
import static ir.daftar.projections.testing.FilingStory.LEGAL_EXPERT_ID;
import static ir.daftar.projections.testing.FilingStory.MOBILE;
import static ir.daftar.projections.testing.FilingStory.OFFICE_ID;
import static ir.daftar.projections.testing.FilingStory.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.projections.testing.Axon;
import ir.daftar.core.notice.NoticeEvent;
import ir.daftar.projections.testing.FilingStory;
import ir.daftar.projections.testing.NoticeStory;
import ir.daftar.projections.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case-history projection against one database; the subclasses pick H2 or PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaseHistoryProjectionContract {

    private static final String FILING = "filing-office-1";
    private static final TrackingCode CODE = FilingStory.trackingCode(42);

    private final ObjectMapper objectMapper = JsonMapper.builder().findAndAddModules().build();
    private TestDatabase database;
    private JdbcTemplate jdbc;
    private Axon axon;

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
    void emptyTable() {
        jdbc.update("DELETE FROM case_history");
        jdbc.update("DELETE FROM case_history_notice");
        axon = new Axon(new CaseHistoryProjection(jdbc, objectMapper));
    }

    @Test
    void the_timeline_is_ordered_by_sequence_number_with_actor_role_office_and_time() {
        List<DomainEventMessage<FilingEvent>> events = FilingStory.officeRoute(FILING, CODE);
        List<DomainEventMessage<FilingEvent>> shuffled = new ArrayList<>(events);
        Collections.reverse(shuffled);
        axon.feed(shuffled);

        CaseHistoryView view = axon.query(new FindCaseHistory(FILING), CaseHistoryView.class);

        assertThat(view).isNotNull();
        assertThat(view.filingId()).isEqualTo(FILING);
        assertThat(view.entries()).extracting(CaseHistoryView.Entry::seq)
                .containsExactlyElementsOf(LongStream.range(0, events.size()).boxed().toList());
        assertThat(view.entries()).extracting(CaseHistoryView.Entry::eventType).containsExactly(
                "FilingStarted", "IdentityVerified", "DocumentDigitized", "ApplicantConfirmedDocuments",
                "CourtFeeAssessed", "CourtFeePaid", "DocumentConformityVerified", "ContactDetailsRegistered",
                "NotificationUndertakingAcknowledged", "TrackingCodeIssued", "SubmittedToCompetentAuthority",
                "ContactDetailsChanged");
        for (int i = 0; i < events.size(); i++) {
            CaseHistoryView.Entry entry = view.entries().get(i);
            assertThat(entry.eventId()).isEqualTo(events.get(i).getIdentifier());
            assertThat(entry.recordedAt()).isEqualTo(at(i));
        }

        CaseHistoryView.Entry started = view.entries().get(0);
        assertThat(started.actorId()).isEqualTo(CLERK_ID);
        assertThat(started.actorRole()).isEqualTo("OFFICE_CLERK");
        assertThat(started.officeId()).isEqualTo(OFFICE_ID);
        CaseHistoryView.Entry submitted = view.entries().get(10);
        assertThat(submitted.actorId()).isEqualTo(LEGAL_EXPERT_ID);
        assertThat(submitted.actorRole()).isEqualTo("OFFICE_LEGAL_EXPERT");
        assertThat(submitted.officeId()).isEqualTo(OFFICE_ID);
        CaseHistoryView.Entry changed = view.entries().get(11);
        assertThat(changed.actorId()).isEqualTo(APPLICANT_NATIONAL_CODE);
        assertThat(changed.actorRole()).isEqualTo("APPLICANT");
        assertThat(changed.officeId()).isNull();
    }

    @Test
    void details_are_the_event_as_json_with_value_objects_as_plain_strings() throws Exception {
        List<DomainEventMessage<FilingEvent>> events = FilingStory.officeRoute(FILING, CODE);
        axon.feed(events);

        List<CaseHistoryView.Entry> entries = axon.query(new FindCaseHistory(FILING), CaseHistoryView.class).entries();

        for (int i = 0; i < events.size(); i++) {
            assertThat(entries.get(i).details()).as(entries.get(i).eventType())
                    .isEqualTo(objectMapper.readTree(objectMapper.writeValueAsString(events.get(i).getPayload())));
        }
        JsonNode started = entries.get(0).details();
        assertThat(started.get("filingId").asText()).isEqualTo(FILING);
        assertThat(started.get("route").asText()).isEqualTo("OFFICE");
        assertThat(started.get("defendants").get(0).get("name").asText()).isEqualTo(DEFENDANT_NAME);
        assertThat(started.get("claimValueRials").asLong()).isEqualTo(500_000_000L);
        JsonNode registered = entries.get(7).details();
        assertThat(registered.get("contactDetails").get("mobile").isTextual()).isTrue();
        assertThat(registered.get("contactDetails").get("mobile").asText()).isEqualTo(MOBILE);
        JsonNode issued = entries.get(9).details();
        assertThat(issued.get("trackingCode").isTextual()).isTrue();
        assertThat(issued.get("trackingCode").asText()).isEqualTo(CODE.value());
        assertThat(issued.get("confirmingOfficeId").asText()).isEqualTo(OFFICE_ID);
    }

    @Test
    void an_unknown_filing_has_no_history() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));

        assertThat(axon.query(new FindCaseHistory("no-such-filing"), CaseHistoryView.class)).isNull();
    }

    @Test
    void filings_do_not_mix() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        axon.feed(FilingStory.portalRoute("filing-portal-1", FilingStory.trackingCode(99)).subList(0, 3));

        assertThat(axon.query(new FindCaseHistory(FILING), CaseHistoryView.class).entries()).hasSize(12);
        assertThat(axon.query(new FindCaseHistory("filing-portal-1"), CaseHistoryView.class).entries())
                .extracting(CaseHistoryView.Entry::eventType)
                .containsExactly("FilingStarted", "DocumentDigitized", "CourtFeeAssessed");
    }

    @Test
    void replaying_the_same_events_gives_the_same_rows() {
        List<DomainEventMessage<FilingEvent>> events = FilingStory.officeRoute(FILING, CODE);
        axon.feed(events);
        List<Map<String, Object>> once = rows();

        axon.feed(events);

        assertThat(rows()).isEqualTo(once).hasSize(events.size());
    }

    @Test
    void reset_clears_the_table_and_a_replay_rebuilds_the_same_rows() {
        List<DomainEventMessage<FilingEvent>> events = FilingStory.officeRoute(FILING, CODE);
        axon.feed(events);
        List<Map<String, Object>> built = rows();
        assertThat(built).hasSize(events.size());

        axon.reset();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_history", Integer.class)).isZero();
        assertThat(axon.query(new FindCaseHistory(FILING), CaseHistoryView.class)).isNull();
        axon.feed(events);
        assertThat(rows()).isEqualTo(built);
    }

    @Test
    void every_filing_event_is_recorded() {
        assertThat(FilingEvent.class.getPermittedSubclasses())
                .isNotEmpty()
                .allSatisfy(type -> assertThat(axon.handles(type)).as(type.getSimpleName()).isTrue());
    }

    @Test
    void a8_notices_appear_in_the_filing_history_in_recorded_order_with_the_channel_they_used() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        List<DomainEventMessage<NoticeEvent>> notice = NoticeStory.servedAndViewed("notice-1", FILING);
        axon.feed(notice.subList(2, 5));
        axon.feed(notice.subList(0, 2));

        List<CaseHistoryView.Entry> entries = axon.query(new FindCaseHistory(FILING), CaseHistoryView.class).entries();

        assertThat(entries).extracting(CaseHistoryView.Entry::eventType).containsExactly(
                "FilingStarted", "IdentityVerified", "DocumentDigitized", "ApplicantConfirmedDocuments",
                "CourtFeeAssessed", "CourtFeePaid", "DocumentConformityVerified", "ContactDetailsRegistered",
                "NotificationUndertakingAcknowledged", "TrackingCodeIssued", "SubmittedToCompetentAuthority",
                "NoticeIssued", "NoticeDeposited", "AlertSent", "AlertDelivered", "ContactDetailsChanged", "NoticeViewed");
        CaseHistoryView.Entry deposited = entries.get(12);
        assertThat(deposited.noticeId()).isEqualTo("notice-1");
        assertThat(deposited.seq()).isEqualTo(1);
        assertThat(deposited.actorRole()).isEqualTo("COURT_STAFF");
        assertThat(deposited.channel()).isEqualTo(new CaseHistoryView.Channel(FilingStory.MOBILE, FilingStory.EMAIL));
        assertThat(entries.get(13).channel()).isEqualTo(new CaseHistoryView.Channel(FilingStory.MOBILE, null));
        // A7: the applicant's later change does not rewrite the channel the notice used
        assertThat(entries.get(15).details().get("current").get("mobile").asText()).isEqualTo(FilingStory.NEW_MOBILE);
        assertThat(entries.get(12).channel().mobile()).isEqualTo(FilingStory.MOBILE);
        assertThat(entries.get(10).noticeId()).isNull();
        assertThat(entries.get(10).channel()).isNull();
    }

    @Test
    void a8_a_notice_of_another_filing_stays_out_and_a_reset_clears_notices_too() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        axon.feed(FilingStory.portalRoute("filing-portal-1", FilingStory.trackingCode(99)));
        axon.feed(NoticeStory.servedAndViewed("notice-2", "filing-portal-1"));

        assertThat(axon.query(new FindCaseHistory(FILING), CaseHistoryView.class).entries()).hasSize(12);
        assertThat(axon.query(new FindCaseHistory("filing-portal-1"), CaseHistoryView.class).entries()).hasSize(17);
        axon.feed(NoticeStory.servedAndViewed("notice-2", "filing-portal-1"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_history_notice", Integer.class)).isEqualTo(5);

        axon.reset();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_history_notice", Integer.class)).isZero();
    }

    @Test
    void every_notice_event_is_recorded() {
        assertThat(NoticeEvent.class.getPermittedSubclasses())
                .isNotEmpty()
                .allSatisfy(type -> assertThat(axon.handles(type)).as(type.getSimpleName()).isTrue());
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM case_history ORDER BY filing_id, seq");
    }
}
