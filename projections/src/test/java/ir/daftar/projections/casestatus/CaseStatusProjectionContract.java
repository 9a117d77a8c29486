package ir.daftar.projections.casestatus;

import static ir.daftar.projections.testing.FilingStory.APPLICANT_NAME;
import static ir.daftar.projections.testing.FilingStory.APPLICANT_NATIONAL_CODE;
import static ir.daftar.projections.testing.FilingStory.COURT;
import static ir.daftar.projections.testing.FilingStory.DEFENDANT_NAME;
import static ir.daftar.projections.testing.FilingStory.DEFENDANT_NATIONAL_CODE;
import static ir.daftar.projections.testing.FilingStory.EMAIL;
import static ir.daftar.projections.testing.FilingStory.MOBILE;
import static ir.daftar.projections.testing.FilingStory.NEW_MOBILE;
import static ir.daftar.projections.testing.FilingStory.OFFICE_ID;
import static ir.daftar.projections.testing.FilingStory.OTHER_NATIONAL_CODE;
import static ir.daftar.projections.testing.FilingStory.SANA_ADDRESS;
import static ir.daftar.projections.testing.FilingStory.SECOND_DEFENDANT_NAME;
import static ir.daftar.projections.testing.FilingStory.SUBJECT;
import static ir.daftar.projections.testing.FilingStory.at;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Digits;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.projections.privacy.HmacPersonalDataHasher;
import ir.daftar.projections.privacy.PersonalDataHasher;
import ir.daftar.projections.testing.FilingStory;
import ir.daftar.projections.testing.ProjectionContract;
import ir.daftar.projections.testing.Replay;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case-status projection against one database; the subclasses pick H2 or PostgreSQL. */
abstract class CaseStatusProjectionContract extends ProjectionContract {

    private static final String FILING = "filing-office-1";
    private static final TrackingCode CODE = FilingStory.trackingCode(42);
    private static final PersonalDataHasher HASHER =
            new HmacPersonalDataHasher("a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8));

    @Override
    protected Object projection(JdbcTemplate jdbc) {
        return new CaseStatusProjection(jdbc, HASHER);
    }

    @Override
    protected List<String> tables() {
        return List.of("case_status_step", "case_status");
    }

    @Test
    void status_moves_from_started_to_submitted_along_an_office_filing() {
        List<CaseStatus> seen = new ArrayList<>();
        for (DomainEventMessage<FilingEvent> message : FilingStory.officeRoute(FILING, CODE)) {
            axon.feed(message);
            seen.add(CaseStatus.valueOf(jdbc.queryForObject(
                    "SELECT status FROM case_status WHERE filing_id = ?", String.class, FILING)));
        }

        assertThat(seen).containsExactly(
                CaseStatus.STARTED, // FilingStarted
                CaseStatus.STARTED, // IdentityVerified
                CaseStatus.STARTED, // DocumentDigitized
                CaseStatus.STARTED, // ApplicantConfirmedDocuments
                CaseStatus.FEE_ASSESSED,
                CaseStatus.FEE_PAID,
                CaseStatus.FEE_PAID, // DocumentConformityVerified
                CaseStatus.FEE_PAID, // ContactDetailsRegistered
                CaseStatus.FEE_PAID, // NotificationUndertakingAcknowledged
                CaseStatus.TRACKING_CODE_ISSUED,
                CaseStatus.SUBMITTED,
                CaseStatus.SUBMITTED); // ContactDetailsChanged
    }

    @Test
    void the_applicant_finds_the_filing_by_tracking_code_and_national_code() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));

        CaseStatusView view = axon.query(new FindCaseStatus(CODE.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class);

        assertThat(view).isNotNull();
        assertThat(view.trackingCode()).isEqualTo(CODE.value());
        assertThat(view.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(view.kind()).isEqualTo(FilingKind.PETITION);
        assertThat(view.route()).isEqualTo(FilingRoute.OFFICE);
        assertThat(view.competentAuthorityName()).isEqualTo(COURT.name());
        assertThat(view.startedAt()).isEqualTo(at(0));
        assertThat(view.updatedAt()).isEqualTo(at(11));
        assertThat(view.steps()).containsExactly(
                new CaseStatusView.Step(CaseStep.FILING_STARTED, at(0)),
                new CaseStatusView.Step(CaseStep.IDENTITY_VERIFIED, at(1)),
                new CaseStatusView.Step(CaseStep.DOCUMENT_DIGITIZED, at(2)),
                new CaseStatusView.Step(CaseStep.APPLICANT_CONFIRMED_DOCUMENTS, at(3)),
                new CaseStatusView.Step(CaseStep.FEE_ASSESSED, at(4)),
                new CaseStatusView.Step(CaseStep.FEE_PAID, at(5)),
                new CaseStatusView.Step(CaseStep.CONFORMITY_VERIFIED, at(6)),
                new CaseStatusView.Step(CaseStep.CONTACT_DETAILS_REGISTERED, at(7)),
                new CaseStatusView.Step(CaseStep.UNDERTAKING_ACKNOWLEDGED, at(8)),
                new CaseStatusView.Step(CaseStep.TRACKING_CODE_ISSUED, at(9)),
                new CaseStatusView.Step(CaseStep.SUBMITTED, at(10)),
                new CaseStatusView.Step(CaseStep.CONTACT_DETAILS_CHANGED, at(11)));
    }

    @Test
    void codes_typed_with_persian_digits_and_dashes_find_the_same_filing() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        CaseStatusView expected = axon.query(new FindCaseStatus(CODE.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class);

        CaseStatusView typed = axon.query(new FindCaseStatus(persian(CODE.grouped()), persian("123-456789-1")),
                CaseStatusView.class);

        assertThat(expected).isNotNull();
        assertThat(typed).isEqualTo(expected);
    }

    @Test
    void a_wrong_national_code_gets_nothing() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));

        assertThat(axon.query(new FindCaseStatus(CODE.value(), OTHER_NATIONAL_CODE), CaseStatusView.class)).isNull();
        assertThat(axon.query(new FindCaseStatus(CODE.value(), DEFENDANT_NATIONAL_CODE), CaseStatusView.class)).isNull();
        assertThat(axon.query(new FindCaseStatus(CODE.value(), ""), CaseStatusView.class)).isNull();
        assertThat(axon.query(new FindCaseStatus(CODE.value(), null), CaseStatusView.class)).isNull();
    }

    @Test
    void an_unknown_tracking_code_gets_nothing() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        TrackingCode unknown = FilingStory.trackingCode(7);

        assertThat(unknown).isNotEqualTo(CODE);
        assertThat(axon.query(new FindCaseStatus(unknown.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class)).isNull();
        assertThat(axon.query(new FindCaseStatus("not a code", APPLICANT_NATIONAL_CODE), CaseStatusView.class)).isNull();
        assertThat(axon.query(new FindCaseStatus(null, APPLICANT_NATIONAL_CODE), CaseStatusView.class)).isNull();
    }

    @Test
    void nothing_is_found_before_the_tracking_code_is_issued() {
        axon.feed(FilingStory.officeRoute(FILING, CODE).subList(0, 9));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_status WHERE filing_id = ?", Integer.class, FILING))
                .isEqualTo(1);
        assertThat(axon.query(new FindCaseStatus(CODE.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class)).isNull();
    }

    @Test
    void only_a_keyed_hash_of_the_applicant_and_no_third_party_or_contact_data_is_stored() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));

        assertThat(jdbc.queryForObject("SELECT applicant_id_hash FROM case_status WHERE filing_id = ?", String.class, FILING))
                .isEqualTo(HASHER.hash(APPLICANT_NATIONAL_CODE));
        String stored = everything();
        assertThat(stored).contains(CODE.value(), COURT.name()); // the dump does see what is there
        for (String personal : List.of(APPLICANT_NATIONAL_CODE, APPLICANT_NAME, DEFENDANT_NATIONAL_CODE, DEFENDANT_NAME,
                SECOND_DEFENDANT_NAME, MOBILE, NEW_MOBILE, EMAIL, SANA_ADDRESS, SUBJECT)) {
            assertThat(stored).doesNotContain(personal);
        }
    }

    // reads (issue 12)

    @Test
    void the_applicant_finds_their_own_filings_newest_first_and_nobody_elses() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        List<DomainEventMessage<FilingEvent>> portal = FilingStory.portalRoute("filing-portal-1", FilingStory.trackingCode(43));
        DomainEventMessage<FilingEvent> start = portal.get(0);
        // started a day after the office filing
        axon.feed(new org.axonframework.eventhandling.GenericDomainEventMessage<>(start.getType(),
                start.getAggregateIdentifier(), start.getSequenceNumber(), start.getPayload(), start.getMetaData(),
                start.getIdentifier(), at(0).plus(java.time.Duration.ofDays(1))));
        CaseStatusProjection projection = new CaseStatusProjection(jdbc, HASHER);

        List<FilingSummary> mine = projection.handle(new FindFilingsOfApplicant(persian("123-456789-1"), 10));
        assertThat(mine).extracting(FilingSummary::filingId).containsExactly("filing-portal-1", FILING);
        assertThat(mine.get(1).status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(mine.get(1).trackingCode()).isEqualTo(CODE.value());
        assertThat(mine.get(0).trackingCode()).isNull();
        assertThat(projection.handle(new FindFilingsOfApplicant(APPLICANT_NATIONAL_CODE, 1)))
                .extracting(FilingSummary::filingId).containsExactly("filing-portal-1");
        assertThat(projection.handle(new FindFilingsOfApplicant(OTHER_NATIONAL_CODE, 10))).isEmpty();
        assertThat(projection.handle(new FindFilingsOfApplicant(DEFENDANT_NATIONAL_CODE, 10))).isEmpty();
        assertThat(projection.handle(new FindFilingsOfApplicant("", 10))).isEmpty();
        assertThat(new FindFilingsOfApplicant(APPLICANT_NATIONAL_CODE, 10).toString()).doesNotContain(APPLICANT_NATIONAL_CODE);
    }

    @Test
    void a6_the_office_finds_the_filings_it_holds_and_has_not_submitted_most_recent_first() {
        List<DomainEventMessage<FilingEvent>> office = FilingStory.officeRoute(FILING, CODE);
        axon.feed(office);
        List<DomainEventMessage<FilingEvent>> second = FilingStory.officeRoute("filing-office-2", FilingStory.trackingCode(44));
        axon.feed(second.subList(0, 6)); // started, identity, document, confirmation, fee assessed and paid
        CaseStatusProjection projection = new CaseStatusProjection(jdbc, HASHER);

        List<FilingSummary> queue = projection.handle(new FindFilingsOfOffice(OFFICE_ID, 10));
        assertThat(queue).extracting(FilingSummary::filingId).containsExactly("filing-office-2");
        assertThat(queue.get(0).status()).isEqualTo(CaseStatus.FEE_PAID);
        assertThat(projection.handle(new FindFilingsOfOffice("office-9999", 10))).isEmpty();
        axon.feed(second.subList(6, 10)); // conformity, contacts, undertaking, tracking code: still at the office
        assertThat(projection.handle(new FindFilingsOfOffice(OFFICE_ID, 1))).extracting(FilingSummary::status)
                .containsExactly(CaseStatus.TRACKING_CODE_ISSUED);
    }

    @Test
    void a_filing_is_found_by_id_and_by_its_own_applicant_only() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));

        FilingDetail any = axon.query(new FindFiling(FILING), FilingDetail.class);
        assertThat(any.filing().filingId()).isEqualTo(FILING);
        assertThat(any.filing().officeId()).isEqualTo(FilingStory.OFFICE_ID);
        assertThat(any.steps()).hasSize(12);
        assertThat(any.steps().get(0)).isEqualTo(new CaseStatusView.Step(CaseStep.FILING_STARTED, at(0)));
        assertThat(axon.query(new FindOwnFiling(FILING, APPLICANT_NATIONAL_CODE), FilingDetail.class)).isEqualTo(any);
        assertThat(axon.query(new FindOwnFiling(FILING, OTHER_NATIONAL_CODE), FilingDetail.class)).isNull();
        assertThat(axon.query(new FindOwnFiling(FILING, null), FilingDetail.class)).isNull();
        assertThat(axon.query(new FindOwnFiling("no-such-filing", APPLICANT_NATIONAL_CODE), FilingDetail.class)).isNull();
        assertThat(axon.query(new FindFiling("no-such-filing"), FilingDetail.class)).isNull();
    }

    @Test
    void replaying_the_same_events_gives_the_same_rows() {
        List<DomainEventMessage<FilingEvent>> events = FilingStory.officeRoute(FILING, CODE);
        axon.feed(events);
        List<Map<String, Object>> once = rows();

        axon.feed(events);

        assertThat(rows()).isEqualTo(once);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_status_step", Integer.class)).isEqualTo(events.size());
    }

    @Test
    void a_redelivered_earlier_event_moves_neither_the_status_nor_the_time_back() {
        List<DomainEventMessage<FilingEvent>> events = FilingStory.officeRoute(FILING, CODE);
        axon.feed(events);
        List<Map<String, Object>> before = rows();

        axon.feed(events.get(4)); // CourtFeeAssessed
        axon.feed(events.get(0)); // FilingStarted

        assertThat(rows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT status FROM case_status WHERE filing_id = ?", String.class, FILING))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void reset_clears_both_tables_and_a_replay_rebuilds_the_same_rows() {
        List<DomainEventMessage<FilingEvent>> events = FilingStory.officeRoute(FILING, CODE);
        axon.feed(events);
        List<Map<String, Object>> built = rows();
        assertThat(built).isNotEmpty();

        axon.reset();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_status", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_status_step", Integer.class)).isZero();
        axon.feed(events);
        assertThat(rows()).isEqualTo(built);
    }

    @Test
    void a_portal_filing_gets_its_office_when_the_originals_are_received() {
        String filing = "filing-portal-1";
        TrackingCode code = FilingStory.trackingCode(99);
        List<DomainEventMessage<FilingEvent>> events = FilingStory.portalRoute(filing, code);

        axon.feed(events.subList(0, 7));
        assertThat(officeOf(filing)).isNull();
        axon.feed(events.subList(7, events.size()));
        assertThat(officeOf(filing)).isEqualTo(OFFICE_ID);

        CaseStatusView view = axon.query(new FindCaseStatus(code.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class);
        assertThat(view).isNotNull();
        assertThat(view.route()).isEqualTo(FilingRoute.PORTAL);
        assertThat(view.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(view.steps()).extracting(CaseStatusView.Step::step).containsExactly(
                CaseStep.FILING_STARTED, CaseStep.DOCUMENT_DIGITIZED, CaseStep.FEE_ASSESSED, CaseStep.FEE_PAID,
                CaseStep.CONTACT_DETAILS_REGISTERED, CaseStep.UNDERTAKING_ACKNOWLEDGED, CaseStep.TRACKING_CODE_ISSUED,
                CaseStep.ORIGINALS_RECEIVED, CaseStep.CONFORMITY_REJECTED, CaseStep.DOCUMENT_DIGITIZED,
                CaseStep.CONFORMITY_VERIFIED, CaseStep.SUBMITTED);
    }

    @Test
    void a12_case_access_names_the_competent_authority_the_office_that_acted_and_the_applicant_by_hash_only() {
        String filing = "filing-portal-access";
        List<DomainEventMessage<FilingEvent>> events = FilingStory.portalRoute(filing, FilingStory.trackingCode(98));

        axon.feed(events.subList(0, 7));
        CaseAccess beforeAnOffice = axon.query(new FindCaseAccess(filing), CaseAccess.class);
        assertThat(beforeAnOffice.competentAuthorityId()).isEqualTo(COURT.id());
        assertThat(beforeAnOffice.officeIds()).isEmpty();
        assertThat(beforeAnOffice.actedOnBy(OFFICE_ID)).isFalse();

        axon.feed(events.subList(7, events.size()));
        CaseAccess access = axon.query(new FindCaseAccess(filing), CaseAccess.class);
        assertThat(access.officeIds()).containsExactly(OFFICE_ID);
        assertThat(access.actedOnBy(OFFICE_ID)).isTrue();
        assertThat(access.actedOnBy("office-other")).isFalse();
        assertThat(access.goesTo(COURT.id())).isTrue();
        assertThat(access.goesTo("another-court")).isFalse();
        assertThat(access.applicantIdHash()).isNotEqualTo(APPLICANT_NATIONAL_CODE);
        assertThat(access.hasApplicant(APPLICANT_NATIONAL_CODE, HASHER)).isTrue();
        assertThat(access.hasApplicant(persian(APPLICANT_NATIONAL_CODE), HASHER)).isTrue();
        assertThat(access.hasApplicant(OTHER_NATIONAL_CODE, HASHER)).isFalse();
        assertThat(access.hasApplicant(null, HASHER)).isFalse();
        assertThat(axon.query(new FindCaseAccess("filing-unknown"), CaseAccess.class)).isNull();
    }

    @Test
    void two_filings_of_the_same_applicant_are_kept_apart() {
        TrackingCode otherCode = FilingStory.trackingCode(1001);
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        axon.feed(FilingStory.portalRoute("filing-portal-2", otherCode).subList(0, 7));

        CaseStatusView first = axon.query(new FindCaseStatus(CODE.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class);
        CaseStatusView second = axon.query(new FindCaseStatus(otherCode.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class);

        assertThat(first.route()).isEqualTo(FilingRoute.OFFICE);
        assertThat(first.steps()).hasSize(12);
        assertThat(second.route()).isEqualTo(FilingRoute.PORTAL);
        assertThat(second.status()).isEqualTo(CaseStatus.TRACKING_CODE_ISSUED);
        assertThat(second.steps()).hasSize(7);
    }

    @Test
    void a13_the_applicant_sees_the_case_number_once_the_authority_registers_the_filing() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        axon.feed(new GenericDomainEventMessage<>("Filing", FILING, 12, new FilingEvent.RegisteredAsCase(FILING, COURT.id(),
                "1405-77", "شعبه ۱۲", LocalDate.of(2025, 3, 2), "COURT-1"), MetaData.emptyInstance(), "court-12", at(12)));

        CaseStatusView view = axon.query(new FindCaseStatus(CODE.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class);

        assertThat(view.status()).isEqualTo(CaseStatus.REGISTERED_AS_CASE);
        assertThat(view.caseNumber()).isEqualTo("1405-77");
        assertThat(view.caseBranch()).isEqualTo("شعبه ۱۲");
        assertThat(view.returnReason()).isNull();
        assertThat(view.steps()).extracting(CaseStatusView.Step::step).endsWith(CaseStep.REGISTERED_AS_CASE);
    }

    @Test
    void a13_the_applicant_sees_why_the_authority_returned_the_filing() {
        axon.feed(FilingStory.officeRoute(FILING, CODE));
        axon.feed(new GenericDomainEventMessage<>("Filing", FILING, 12, new FilingEvent.FilingReturned(FILING, COURT.id(),
                "مدارک ناقص است", "COURT-1"), MetaData.emptyInstance(), "court-12", at(12)));

        CaseStatusView view = axon.query(new FindCaseStatus(CODE.value(), APPLICANT_NATIONAL_CODE), CaseStatusView.class);

        assertThat(view.status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(view.returnReason()).isEqualTo("مدارک ناقص است");
        assertThat(view.caseNumber()).isNull();
        assertThat(view.steps()).extracting(CaseStatusView.Step::step).endsWith(CaseStep.RETURNED);
    }

    @Test
    void a13_the_authority_sees_the_filings_waiting_for_it_newest_submission_first() {
        axon.feed(FilingStory.officeRoute(FILING, CODE)); // submitted at(10)
        axon.feed(FilingStory.portalRoute("filing-portal-1", FilingStory.trackingCode(43))); // submitted at(11)
        axon.feed(FilingStory.officeRoute("filing-office-not-yet", FilingStory.trackingCode(44)).subList(0, 10));
        axon.feed(decided(FilingStory.officeRoute("filing-office-returned", FilingStory.trackingCode(45)),
                new FilingEvent.FilingReturned("filing-office-returned", COURT.id(), "مدارک ناقص است", "COURT-1")));
        axon.feed(decided(FilingStory.portalRoute("filing-portal-registered", FilingStory.trackingCode(46)),
                new FilingEvent.RegisteredAsCase("filing-portal-registered", COURT.id(), "1405-78", "شعبه ۱۲",
                        LocalDate.of(2025, 3, 2), "COURT-1")));
        CaseStatusProjection projection = new CaseStatusProjection(jdbc, HASHER);

        List<IncomingFiling> incoming = projection.handle(new FindIncomingFilings(COURT.id(), 10));

        assertThat(incoming).extracting(i -> i.filing().filingId()).containsExactly("filing-portal-1", FILING);
        assertThat(incoming).extracting(IncomingFiling::submittedAt).containsExactly(at(11), at(10));
        assertThat(incoming.get(1).filing().trackingCode()).isEqualTo(CODE.value());
        assertThat(incoming.get(1).filing().officeId()).isEqualTo(OFFICE_ID);
        assertThat(projection.handle(new FindIncomingFilings(COURT.id(), 1)))
                .extracting(i -> i.filing().filingId()).containsExactly("filing-portal-1");
        assertThat(projection.handle(new FindIncomingFilings("another-court", 10))).isEmpty();
        assertThat(projection.handle(new FindIncomingFilings("", 10))).isEmpty();
    }

    /**
     * A rebuild hands the projection a hundred events of many filings in one unit of work and one
     * transaction; its writes are sent at the end, by phase. The rows must be those of handling each
     * event on its own, and a redelivered batch must change nothing.
     */
    @Test
    void a_batch_of_interleaved_filings_gives_the_rows_of_one_event_at_a_time_and_its_redelivery_changes_nothing() {
        List<DomainEventMessage<?>> batch = Replay.interleaved(
                FilingStory.officeRoute(FILING, CODE),
                FilingStory.portalRoute("filing-portal-1", FilingStory.trackingCode(99)),
                decided(FilingStory.officeRoute("filing-office-2", FilingStory.trackingCode(5)),
                        new FilingEvent.FilingReturned("filing-office-2", COURT.id(), "مدارک ناقص است", "COURT-1")),
                decided(FilingStory.portalRoute("filing-portal-2", FilingStory.trackingCode(6)),
                        new FilingEvent.RegisteredAsCase("filing-portal-2", COURT.id(), "1405-78", "شعبه ۱۲",
                                LocalDate.of(2025, 3, 2), "COURT-1")));
        axon.feedOneByOne(batch, database.transactions());
        List<Map<String, Object>> oneByOne = rows();
        assertThat(jdbc.queryForList("SELECT status FROM case_status ORDER BY filing_id", String.class))
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "REGISTERED_AS_CASE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_status_step", Integer.class)).isEqualTo(batch.size());
        emptyTables();

        axon.feedAsOneBatch(batch, database.transactions());
        assertThat(rows()).isEqualTo(oneByOne);

        axon.feedAsOneBatch(batch, database.transactions());
        assertThat(rows()).isEqualTo(oneByOne);
    }

    @Test
    void every_filing_event_has_a_step() {
        assertThat(FilingEvent.class.getPermittedSubclasses())
                .isNotEmpty()
                .allSatisfy(type -> assertThat(axon.handles(type)).as(type.getSimpleName()).isTrue());
    }

    /** The story followed by the competent authority's decision (A13), recorded a step after its last event. */
    private static List<DomainEventMessage<?>> decided(List<DomainEventMessage<FilingEvent>> story, FilingEvent decision) {
        List<DomainEventMessage<?>> all = new ArrayList<>(story);
        DomainEventMessage<FilingEvent> last = story.get(story.size() - 1);
        long seq = last.getSequenceNumber() + 1;
        all.add(new GenericDomainEventMessage<>("Filing", last.getAggregateIdentifier(), seq, decision,
                MetaData.emptyInstance(), last.getAggregateIdentifier() + "/" + seq, at(seq)));
        return all;
    }

    private String officeOf(String filingId) {
        return jdbc.queryForObject("SELECT office_id FROM case_status WHERE filing_id = ?", String.class, filingId);
    }

    /** Both tables, in a stable order, as the database returns them. */
    private List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("SELECT * FROM case_status ORDER BY filing_id"));
        rows.addAll(jdbc.queryForList("SELECT * FROM case_status_step ORDER BY filing_id, step_no"));
        return rows;
    }

    /** Every value of every row of both tables, as one text to search. */
    private String everything() {
        StringBuilder text = new StringBuilder();
        rows().forEach(row -> row.values().forEach(value -> text.append(value).append('\n')));
        return text.toString();
    }

    private static String persian(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : (char) c));
        assertThat(Digits.toAscii(out.toString())).isEqualTo(ascii);
        return out.toString();
    }
}
