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
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.paper.PaperFileEvent;
import ir.daftar.core.paper.PaperFileEvent.PaperActRecorded;
import ir.daftar.core.paper.PaperFileEvent.PaperFileRegistered;
import ir.daftar.core.report.ExternalReportEvent;
import ir.daftar.core.report.ExternalReportEvent.ReportAcknowledged;
import ir.daftar.core.report.ExternalReportEvent.ReportSubmitted;
import ir.daftar.core.report.ReportKind;
import ir.daftar.core.report.ReportingBodyKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.notice.NoticeEvent;
import ir.daftar.projections.testing.FilingStory;
import ir.daftar.projections.testing.NoticeStory;
import ir.daftar.projections.testing.Replay;
import ir.daftar.projections.testing.ProjectionContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case-history projection against one database; the subclasses pick H2 or PostgreSQL. */
abstract class CaseHistoryProjectionContract extends ProjectionContract {

    private static final String FILING = "filing-office-1";
    private static final TrackingCode CODE = FilingStory.trackingCode(42);

    private final ObjectMapper objectMapper = JsonMapper.builder().findAndAddModules().build();

    @Override
    protected Object projection(JdbcTemplate jdbc) {
        return new CaseHistoryProjection(jdbc, objectMapper);
    }

    @Override
    protected List<String> tables() {
        return List.of("case_history", "case_history_linked", "case_history_notice");
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

    // ---- A9-A11: reports and paper-origin acts in the case's timeline ----

    private static final Instant T0 = at(0);

    /** A report recorded at T0+100min on a forensic examination at T0+10min, and its acknowledgement at T0+120min. */
    private static List<DomainEventMessage<?>> report() {
        MetaData doctor = MetaData.with(MetaDataKeys.ACTOR_ID, "DR-1").and(MetaDataKeys.ACTOR_ROLE, "REPORTING_BODY")
                .and(MetaDataKeys.REPORTING_BODY_ID, "FORENSIC-TEH");
        MetaData court = MetaData.with(MetaDataKeys.ACTOR_ID, "COURT-1").and(MetaDataKeys.ACTOR_ROLE, "COURT_STAFF")
                .and(MetaDataKeys.AUTHORITY_ID, FilingStory.COURT.id());
        return List.of(
                new GenericDomainEventMessage<>("ExternalReport", "report-1", 0, new ReportSubmitted("report-1", FILING,
                        "FORENSIC-TEH", ReportingBodyKind.FORENSIC_MEDICINE, ReportKind.FORENSIC_REPORT, "گزارش معاینه",
                        List.of(new ElectronicDocument("d-1", "گزارش", 1, "d".repeat(64))), CODE, FilingStory.COURT.id(), "DR-1"),
                        doctor.mergedWith(OccurredAt.metaData(T0.plus(Duration.ofMinutes(10)))), "event-report-0",
                        T0.plus(Duration.ofMinutes(100))),
                new GenericDomainEventMessage<>("ExternalReport", "report-1", 1, new ReportAcknowledged("report-1", FILING,
                        FilingStory.COURT.id(), "COURT-1"), court, "event-report-1", T0.plus(Duration.ofMinutes(120))));
    }

    /** A paper file recorded at T0+110min whose act happened an hour before T0. */
    private static List<DomainEventMessage<?>> paperFile() {
        MetaData officer = MetaData.with(MetaDataKeys.ACTOR_ID, "OFFICER-1").and(MetaDataKeys.ACTOR_ROLE, "REPORTING_BODY")
                .and(MetaDataKeys.REPORTING_BODY_ID, "POLICE-TEH-12");
        Instant act = T0.minus(Duration.ofMinutes(60));
        Instant recorded = T0.plus(Duration.ofMinutes(110));
        return List.of(
                new GenericDomainEventMessage<>("PaperFile", "paper-1", 0, new PaperFileRegistered("paper-1", FILING,
                        "POLICE-TEH-12", "K12/330", "ستوان رضایی", 1, "OFFICER-1"),
                        officer.mergedWith(OccurredAt.metaData(act)), "event-paper-0", recorded),
                new GenericDomainEventMessage<>("PaperFile", "paper-1", 1, new PaperActRecorded("paper-1", FILING, 1,
                        "دستگیری متهم"), officer.mergedWith(OccurredAt.metaData(act)), "event-paper-1", recorded));
    }

    @Test
    void a10_paper_acts_and_reports_take_their_place_by_occurrence_with_the_recording_time_beside_them() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        axon.feed(report());
        axon.feed(paperFile());

        List<CaseHistoryView.Entry> byOccurrence = axon.query(new FindCaseHistory(FILING), CaseHistoryView.class).entries();

        assertThat(byOccurrence).hasSize(16);
        assertThat(byOccurrence).extracting(CaseHistoryView.Entry::eventType).startsWith(
                "PaperFileRegistered", "PaperActRecorded", "FilingStarted", "IdentityVerified", "ReportSubmitted",
                "DocumentDigitized");
        assertThat(byOccurrence).extracting(CaseHistoryView.Entry::occurredAt).isSorted();
        CaseHistoryView.Entry paper = byOccurrence.get(0);
        assertThat(paper.category()).isEqualTo("PAPER");
        assertThat(paper.source()).isEqualTo("PaperFile");
        assertThat(paper.sourceId()).isEqualTo("paper-1");
        assertThat(paper.occurredAt()).isEqualTo(T0.minus(Duration.ofMinutes(60)));
        assertThat(paper.recordedAt()).isEqualTo(T0.plus(Duration.ofMinutes(110)));
        assertThat(paper.delay()).isEqualTo(Duration.ofMinutes(170));
        assertThat(paper.reportingBodyId()).isEqualTo("POLICE-TEH-12");
        assertThat(paper.details().get("carriedBy").asText()).isEqualTo("ستوان رضایی");
        CaseHistoryView.Entry report = byOccurrence.get(4);
        assertThat(report.category()).isEqualTo("REPORT");
        assertThat(report.recordedAt()).isEqualTo(T0.plus(Duration.ofMinutes(100)));
        assertThat(report.details().get("trackingCode").asText()).isEqualTo(CODE.value());
        assertThat(byOccurrence.get(2).occurredAt()).isEqualTo(byOccurrence.get(2).recordedAt());

        List<CaseHistoryView.Entry> byRecording = axon.query(new FindCaseHistory(FILING, Set.of(), null, null,
                FindCaseHistory.Order.RECORDING), CaseHistoryView.class).entries();
        assertThat(byRecording).extracting(CaseHistoryView.Entry::recordedAt).isSorted();
        assertThat(byRecording.subList(0, 12)).extracting(CaseHistoryView.Entry::source).containsOnly("Filing");
        assertThat(byRecording.subList(12, 16)).extracting(CaseHistoryView.Entry::eventType).containsExactly(
                "ReportSubmitted", "PaperFileRegistered", "PaperActRecorded", "ReportAcknowledged");
    }

    @Test
    void the_timeline_is_filtered_by_kind_and_by_when_the_acts_happened() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        axon.feed(report());
        axon.feed(paperFile());

        assertThat(axon.query(new FindCaseHistory(FILING, Set.of("report"), null, null, null), CaseHistoryView.class).entries())
                .extracting(CaseHistoryView.Entry::eventType).containsExactly("ReportSubmitted", "ReportAcknowledged");
        assertThat(axon.query(new FindCaseHistory(FILING, Set.of("PAPER", "TrackingCodeIssued"), null, null, null),
                CaseHistoryView.class).entries()).extracting(CaseHistoryView.Entry::eventType)
                .containsExactly("PaperFileRegistered", "PaperActRecorded", "TrackingCodeIssued");
        assertThat(axon.query(new FindCaseHistory(FILING, Set.of(), T0, T0.plus(Duration.ofMinutes(14)), null),
                CaseHistoryView.class).entries()).extracting(CaseHistoryView.Entry::eventType)
                .containsExactly("FilingStarted", "IdentityVerified", "ReportSubmitted");
    }

    @Test
    void reports_of_other_cases_and_replays_do_not_add_rows() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        axon.feed(report());
        axon.feed(report());
        axon.feed(FilingStory.officeRoute("filing-other", FilingStory.trackingCode(5)));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_history_linked", Integer.class)).isEqualTo(2);
        assertThat(axon.query(new FindCaseHistory("filing-other"), CaseHistoryView.class).entries()).hasSize(12);

        axon.reset();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_history_linked", Integer.class)).isZero();
    }

    @Test
    void every_report_and_paper_file_event_is_recorded() {
        assertThat(ExternalReportEvent.class.getPermittedSubclasses())
                .allSatisfy(type -> assertThat(axon.handles(type)).as(type.getSimpleName()).isTrue());
        assertThat(PaperFileEvent.class.getPermittedSubclasses())
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

    /**
     * A rebuild hands the projection a hundred events of many streams in one unit of work and one
     * transaction; its writes are sent at the end, deletes before inserts. The rows of the three tables
     * must be those of handling each event on its own, and a redelivered batch must change nothing.
     */
    @Test
    void a_batch_of_interleaved_streams_gives_the_rows_of_one_event_at_a_time_and_its_redelivery_changes_nothing() {
        List<DomainEventMessage<?>> batch = Replay.interleaved(
                FilingStory.officeRoute(FILING, CODE),
                FilingStory.portalRoute("filing-portal-1", FilingStory.trackingCode(99)),
                NoticeStory.servedAndViewed("notice-1", FILING),
                NoticeStory.lackOfAccessUpheld("notice-2", "filing-portal-1"),
                report(),
                paperFile());
        axon.feedOneByOne(batch, database.transactions());
        List<Map<String, Object>> oneByOne = allRows();
        assertThat(oneByOne).hasSize(batch.size());
        emptyTables();

        axon.feedAsOneBatch(batch, database.transactions());
        assertThat(allRows()).isEqualTo(oneByOne);

        axon.feedAsOneBatch(batch, database.transactions());
        assertThat(allRows()).isEqualTo(oneByOne);
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

    /** The rows of the three tables, each in a stable order. */
    private List<Map<String, Object>> allRows() {
        List<Map<String, Object>> all = new ArrayList<>(rows());
        all.addAll(jdbc.queryForList("SELECT * FROM case_history_linked ORDER BY event_id"));
        all.addAll(jdbc.queryForList("SELECT * FROM case_history_notice ORDER BY notice_id, seq"));
        return all;
    }
}
