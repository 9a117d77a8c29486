package ir.daftar.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.filing.CaseSnapshot;
import ir.daftar.core.notice.NoticeCommand.ClaimLackOfAccess;
import ir.daftar.core.notice.NoticeCommand.DepositNotice;
import ir.daftar.core.notice.NoticeCommand.DismissLackOfAccess;
import ir.daftar.core.notice.NoticeCommand.IssueNotice;
import ir.daftar.core.notice.NoticeCommand.RecordAlertDelivered;
import ir.daftar.core.notice.NoticeCommand.RecordAlertFailed;
import ir.daftar.core.notice.NoticeCommand.RecordAlertSent;
import ir.daftar.core.notice.NoticeCommand.UpholdLackOfAccess;
import ir.daftar.core.notice.NoticeCommand.ViewNotice;
import ir.daftar.core.notice.NoticeCommand.WithdrawNotice;
import ir.daftar.core.notice.NoticeEvent.AlertDelivered;
import ir.daftar.core.notice.NoticeEvent.AlertFailed;
import ir.daftar.core.notice.NoticeEvent.AlertSent;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessClaimed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessDismissed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessUpheld;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.NoticeEvent.NoticeIssued;
import ir.daftar.core.notice.NoticeEvent.NoticeViewed;
import ir.daftar.core.notice.NoticeEvent.NoticeWithdrawn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The notice ledger (A7, A8): every rule, named after it, each refusal asserting its rule code. */
class NoticeTest {

    static final String NOTICE = "notice-1";
    static final String FILING = "filing-1";
    static final String COURT_ID = "TEH-CIV-12";
    static final String APPLICANT = "0089123451";
    static final String DEFENDANT = "0091234565";
    static final ContactDetails REGISTERED = contact("09121234567", "sana:1234567890");
    static final ContactDetails CHANGED = contact("09351234567", "sana:1234567890");
    static final ContactDetails DEFENDANT_CONTACT = contact("09191112233", "defendant@example.org");
    static final NoticeContent CONTENT = new NoticeContent("وقت رسیدگی: ۱۴۰۵/۰۳/۱۰ ساعت ۹",
            List.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    static final DeadlineRule REPLY_10 = new DeadlineRule(DeadlineKind.REPLY, 10);
    /** Monday 2026-05-04, 11:30 in Tehran. */
    static final Instant DEPOSIT_TIME = Instant.parse("2026-05-04T08:00:00Z");

    static final Map<String, String> COURT = Map.of(MetaDataKeys.ACTOR_ID, "COURT-7", MetaDataKeys.ACTOR_ROLE,
            ActorRole.COURT_STAFF.name(), MetaDataKeys.AUTHORITY_ID, COURT_ID);
    static final Map<String, String> OTHER_COURT = Map.of(MetaDataKeys.ACTOR_ID, "COURT-9", MetaDataKeys.ACTOR_ROLE,
            ActorRole.COURT_STAFF.name(), MetaDataKeys.AUTHORITY_ID, "TEH-PROS-1");
    static final Map<String, String> CLERK = Map.of(MetaDataKeys.ACTOR_ID, "0045678911", MetaDataKeys.ACTOR_ROLE,
            ActorRole.OFFICE_CLERK.name(), MetaDataKeys.OFFICE_ID, "OFF-1001");
    static final Map<String, String> RECIPIENT = Map.of(MetaDataKeys.ACTOR_ID, APPLICANT, MetaDataKeys.ACTOR_ROLE,
            ActorRole.APPLICANT.name());
    static final Map<String, String> SOMEONE_ELSE = Map.of(MetaDataKeys.ACTOR_ID, DEFENDANT, MetaDataKeys.ACTOR_ROLE,
            ActorRole.APPLICANT.name());
    static final Map<String, String> DISPATCHER = Map.of(MetaDataKeys.ACTOR_ID, "system:alert-dispatcher",
            MetaDataKeys.ACTOR_ROLE, ActorRole.SYSTEM.name());

    /** The filing ledger as the notice sees it; tests change the applicant's contact details in it. */
    static final class Cases implements CaseDirectory {
        CaseSnapshot snapshot = new CaseSnapshot(FILING, APPLICANT, COURT_ID, true, REGISTERED);

        @Override
        public Optional<CaseSnapshot> find(String filingId) {
            return FILING.equals(filingId) ? Optional.ofNullable(snapshot) : Optional.empty();
        }

        void contactChangedTo(ContactDetails details) {
            snapshot = new CaseSnapshot(FILING, APPLICANT, COURT_ID, true, details);
        }
    }

    AggregateTestFixture<Notice> fixture;
    Cases cases;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notice.class);
        cases = new Cases();
        fixture.registerInjectableResource(cases);
        fixture.registerInjectableResource(ServiceDeadlinesTest.HOLIDAYS);
    }

    static ContactDetails contact(String mobile, String address) {
        return new ContactDetails(MobileNumber.parse(mobile), ElectronicAddress.parse(address));
    }

    static Recipient applicant() {
        return new Recipient(RecipientRole.APPLICANT, APPLICANT, "زهرا احمدی");
    }

    static NoticeIssued issuedToApplicant(DeadlineRule rule) {
        return new NoticeIssued(NOTICE, FILING, COURT_ID, NoticeKind.HEARING_DATE, applicant(), null, CONTENT, rule);
    }

    static NoticeDeposited depositedAt(Instant at, ContactDetails channel) {
        return new NoticeDeposited(NOTICE, FILING, APPLICANT, channel, at,
                ServiceDeadlines.compute(REPLY_10, at, ServiceDeadlinesTest.HOLIDAYS));
    }

    static IssueNotice issue(Recipient to, ContactDetails contact) {
        return new IssueNotice(NOTICE, FILING, NoticeKind.HEARING_DATE, to, contact, CONTENT, REPLY_10);
    }

    static void refusedWith(ResultValidator<Notice> result, Rule rule) {
        result.expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(rule.name() + ":"))
                .expectNoEvents();
    }

    @Nested
    class Issue {

        @Test
        void a8_court_staff_of_the_competent_authority_issue_a_notice_to_the_applicant() {
            fixture.givenNoPriorActivity()
                    .when(issue(applicant(), null), COURT)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(issuedToApplicant(REPLY_10));
        }

        @Test
        void a8_only_court_staff_issue_notices() {
            refusedWith(fixture.givenNoPriorActivity().when(issue(applicant(), null), CLERK), Rule.A8_COURT_STAFF_ONLY);
        }

        @Test
        void a8_only_the_competent_authority_of_the_case_issues_its_notices() {
            refusedWith(fixture.givenNoPriorActivity().when(issue(applicant(), null), OTHER_COURT), Rule.A8_OTHER_AUTHORITY);
        }

        @Test
        void a8_a_filing_not_yet_submitted_has_no_notices() {
            cases.snapshot = new CaseSnapshot(FILING, APPLICANT, COURT_ID, false, REGISTERED);
            refusedWith(fixture.givenNoPriorActivity().when(issue(applicant(), null), COURT), Rule.A8_CASE_NOT_SUBMITTED);
        }

        @Test
        void a8_a_notice_to_the_applicant_names_the_applicant_of_the_case() {
            refusedWith(fixture.givenNoPriorActivity()
                    .when(issue(new Recipient(RecipientRole.APPLICANT, DEFENDANT, null), null), COURT),
                    Rule.A8_RECIPIENT_NOT_PARTY);
        }

        @Test
        void a7_the_applicant_is_served_only_through_the_channels_registered_in_the_ledger() {
            refusedWith(fixture.givenNoPriorActivity().when(issue(applicant(), DEFENDANT_CONTACT), COURT),
                    Rule.A7_REGISTERED_CHANNELS_ONLY);
        }

        @Test
        void a7_a_notice_to_a_defendant_carries_the_defendants_channels() {
            refusedWith(fixture.givenNoPriorActivity()
                    .when(issue(new Recipient(RecipientRole.DEFENDANT, DEFENDANT, "بهرام کاظمی"), null), COURT),
                    Rule.A7_RECIPIENT_CONTACT_REQUIRED);
        }
    }

    @Nested
    class Deposit {

        @Test
        void a8_a_notice_is_served_when_deposited_to_the_channels_in_force_and_its_deadline_starts() {
            fixture.givenCurrentTime(DEPOSIT_TIME);
            fixture.given(issuedToApplicant(REPLY_10))
                    .when(new DepositNotice(NOTICE), COURT)
                    .expectEvents(new NoticeDeposited(NOTICE, FILING, APPLICANT, REGISTERED, DEPOSIT_TIME,
                            new Deadline(REPLY_10, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 16),
                                    ServiceDeadlinesTest.HOLIDAYS.version(), List.of())))
                    .expectState(notice -> assertThat(notice.servedAt()).isEqualTo(DEPOSIT_TIME));
        }

        @Test
        void a7_a_contact_change_before_deposit_is_the_channel_the_notice_goes_to() {
            cases.contactChangedTo(CHANGED);
            fixture.givenCurrentTime(DEPOSIT_TIME);
            fixture.given(issuedToApplicant(REPLY_10))
                    .when(new DepositNotice(NOTICE), COURT)
                    .expectEvents(depositedAt(DEPOSIT_TIME, CHANGED));
        }

        @Test
        void a7_a_defendant_is_served_to_the_channels_given_with_the_notice() {
            Recipient defendant = new Recipient(RecipientRole.DEFENDANT, DEFENDANT, "بهرام کاظمی");
            fixture.givenCurrentTime(DEPOSIT_TIME);
            fixture.given(new NoticeIssued(NOTICE, FILING, COURT_ID, NoticeKind.SERVICE_OF_PETITION, defendant,
                            DEFENDANT_CONTACT, CONTENT, null))
                    .when(new DepositNotice(NOTICE), COURT)
                    .expectEvents(new NoticeDeposited(NOTICE, FILING, DEFENDANT, DEFENDANT_CONTACT, DEPOSIT_TIME, null));
        }

        @Test
        void a7_no_deposit_without_a_registered_mobile_and_electronic_address() {
            cases.contactChangedTo(null);
            refusedWith(fixture.given(issuedToApplicant(null)).when(new DepositNotice(NOTICE), COURT),
                    Rule.A7_CONTACT_DETAILS_REQUIRED);
        }

        @Test
        void a8_a_notice_is_deposited_once() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new DepositNotice(NOTICE), COURT), Rule.A8_ALREADY_DEPOSITED);
        }

        @Test
        void a8_a_withdrawn_notice_is_not_deposited() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), new NoticeWithdrawn(NOTICE, FILING, "اشتباه"))
                    .when(new DepositNotice(NOTICE), COURT), Rule.A8_NOTICE_WITHDRAWN);
        }

        @Test
        void a8_only_the_issuing_authority_deposits_its_notice() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10)).when(new DepositNotice(NOTICE), OTHER_COURT),
                    Rule.A8_OTHER_AUTHORITY);
        }
    }

    @Nested
    class Alerts {

        @Test
        void a8_an_alert_cannot_stand_in_for_service_before_deposit() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10))
                    .when(new RecordAlertSent(NOTICE, "a-1", REGISTERED.mobile(), "log"), DISPATCHER),
                    Rule.A8_NOT_DEPOSITED);
        }

        @Test
        void a8_an_alert_never_counts_as_service_the_deposit_does() {
            fixture.givenCurrentTime(DEPOSIT_TIME.plus(Duration.ofDays(3)));
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new AlertSent(NOTICE, FILING, "a-1", REGISTERED.mobile(), "log"))
                    .when(new RecordAlertDelivered(NOTICE, "a-1"), DISPATCHER)
                    .expectEvents(new AlertDelivered(NOTICE, FILING, "a-1"))
                    .expectState(notice -> assertThat(notice.servedAt()).isEqualTo(DEPOSIT_TIME));
        }

        @Test
        void a8_a_failed_alert_does_not_undo_service() {
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new RecordAlertFailed(NOTICE, "a-1", 5, "HTTP 503"), DISPATCHER)
                    .expectEvents(new AlertFailed(NOTICE, FILING, "a-1", 5, "HTTP 503"))
                    .expectState(notice -> assertThat(notice.servedAt()).isEqualTo(DEPOSIT_TIME));
        }

        @Test
        void a8_the_alert_of_one_attempt_id_is_recorded_once() {
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new AlertSent(NOTICE, FILING, "a-1", REGISTERED.mobile(), "log"))
                    .when(new RecordAlertSent(NOTICE, "a-1", REGISTERED.mobile(), "log"), DISPATCHER)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a7_the_alert_goes_to_the_mobile_of_the_deposit_not_a_later_one() {
            cases.contactChangedTo(CHANGED);
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new RecordAlertSent(NOTICE, "a-1", CHANGED.mobile(), "log"), DISPATCHER),
                    Rule.A7_ALERT_TO_DEPOSIT_CHANNEL);
        }

        @Test
        void a8_alerts_are_reported_by_the_dispatcher() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new RecordAlertSent(NOTICE, "a-1", REGISTERED.mobile(), "log"), COURT),
                    Rule.A8_ALERT_BY_SYSTEM_ONLY);
        }

        @Test
        void a8_a_delivery_report_names_an_alert_that_was_sent() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new RecordAlertDelivered(NOTICE, "a-1"), DISPATCHER), Rule.A8_ALERT_NOT_SENT);
        }

        @Test
        void a8_the_same_failure_report_is_recorded_once() {
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new AlertFailed(NOTICE, FILING, "a-1", 5, "HTTP 503"))
                    .when(new RecordAlertFailed(NOTICE, "a-1", 5, "HTTP 503"), DISPATCHER)
                    .expectNoEvents();
        }
    }

    @Nested
    class View {

        @Test
        void a8_the_first_view_is_recorded_with_its_time_and_channel() {
            Instant viewed = DEPOSIT_TIME.plus(Duration.ofHours(5));
            fixture.givenCurrentTime(viewed);
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new ViewNotice(NOTICE, ViewChannel.SANA_ACCOUNT), RECIPIENT)
                    .expectResultMessagePayload(viewed)
                    .expectEvents(new NoticeViewed(NOTICE, FILING, viewed, ViewChannel.SANA_ACCOUNT, viewed))
                    .expectState(notice -> {
                        assertThat(notice.viewedAt()).isEqualTo(viewed);
                        assertThat(notice.servedAt()).isEqualTo(DEPOSIT_TIME);
                    });
        }

        @Test
        void a8_a_view_is_recorded_once_and_a_second_view_answers_the_first_time() {
            Instant first = DEPOSIT_TIME.plus(Duration.ofHours(5));
            fixture.givenCurrentTime(first.plus(Duration.ofDays(2)));
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new NoticeViewed(NOTICE, FILING, first, ViewChannel.SANA_ACCOUNT, DEPOSIT_TIME))
                    .when(new ViewNotice(NOTICE, ViewChannel.PORTAL), RECIPIENT)
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(first)
                    .expectNoEvents();
        }

        @Test
        void a8_only_the_recipient_opens_the_notice() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new ViewNotice(NOTICE, ViewChannel.SANA_ACCOUNT), SOMEONE_ELSE), Rule.A8_RECIPIENT_ONLY);
        }

        @Test
        void a8_a_notice_not_deposited_cannot_be_viewed() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10))
                    .when(new ViewNotice(NOTICE, ViewChannel.SANA_ACCOUNT), RECIPIENT), Rule.A8_NOT_DEPOSITED);
        }

        @Test
        void a8_a_withdrawn_notice_is_not_opened() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new NoticeWithdrawn(NOTICE, FILING, "صدور اشتباه"))
                    .when(new ViewNotice(NOTICE, ViewChannel.SANA_ACCOUNT), RECIPIENT), Rule.A8_NOTICE_WITHDRAWN);
        }
    }

    @Nested
    class LackOfAccess {

        @Test
        void a8_the_recipient_claims_a_lack_of_access() {
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new ClaimLackOfAccess(NOTICE, "بستری در بیمارستان بودم"), RECIPIENT)
                    .expectEvents(new LackOfAccessClaimed(NOTICE, FILING, "بستری در بیمارستان بودم"));
        }

        @Test
        void a8_an_upheld_lack_of_access_moves_the_service_time_and_the_deadline() {
            Instant later = Instant.parse("2026-03-09T08:00:00Z").plus(Duration.ofDays(0));
            Instant deposit = Instant.parse("2026-02-20T08:00:00Z");
            fixture.givenCurrentTime(Instant.parse("2026-03-15T08:00:00Z"));
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(deposit, REGISTERED),
                            new LackOfAccessClaimed(NOTICE, FILING, "بستری بودم"))
                    .when(new UpholdLackOfAccess(NOTICE, later, "گواهی بیمارستان پذیرفته شد"), COURT)
                    .expectEvents(new LackOfAccessUpheld(NOTICE, FILING, deposit, later,
                            new Deadline(REPLY_10, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 25),
                                    ServiceDeadlinesTest.HOLIDAYS.version(), List.of()),
                            "گواهی بیمارستان پذیرفته شد"))
                    .expectState(notice -> assertThat(notice.servedAt()).isEqualTo(later));
        }

        @Test
        void a8_a_dismissed_claim_leaves_service_at_deposit() {
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new LackOfAccessClaimed(NOTICE, FILING, "دسترسی نداشتم"))
                    .when(new DismissLackOfAccess(NOTICE, "ورود به حساب در همان روز ثبت شده است"), COURT)
                    .expectEvents(new LackOfAccessDismissed(NOTICE, FILING, "ورود به حساب در همان روز ثبت شده است"))
                    .expectState(notice -> assertThat(notice.servedAt()).isEqualTo(DEPOSIT_TIME));
        }

        @Test
        void a8_service_never_moves_earlier_nor_into_the_future() {
            fixture.givenCurrentTime(DEPOSIT_TIME.plus(Duration.ofDays(5)));
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new LackOfAccessClaimed(NOTICE, FILING, "دسترسی نداشتم"))
                    .when(new UpholdLackOfAccess(NOTICE, DEPOSIT_TIME.minusSeconds(60), "..."), COURT),
                    Rule.A8_SERVICE_TIME_NOT_LATER);
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new LackOfAccessClaimed(NOTICE, FILING, "دسترسی نداشتم"))
                    .when(new UpholdLackOfAccess(NOTICE, DEPOSIT_TIME.plus(Duration.ofDays(6)), "..."), COURT),
                    Rule.A8_SERVICE_TIME_NOT_LATER);
        }

        @Test
        void a8_a_ruling_needs_a_pending_claim() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new DismissLackOfAccess(NOTICE, "..."), COURT), Rule.A8_NO_LACK_OF_ACCESS_CLAIM);
        }

        @Test
        void a8_a_lack_of_access_is_claimed_once() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED),
                            new LackOfAccessClaimed(NOTICE, FILING, "دسترسی نداشتم"),
                            new LackOfAccessDismissed(NOTICE, FILING, "رد شد"))
                    .when(new ClaimLackOfAccess(NOTICE, "باز هم"), RECIPIENT), Rule.A8_LACK_OF_ACCESS_ALREADY_CLAIMED);
        }

        @Test
        void a8_only_the_recipient_claims_a_lack_of_access() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new ClaimLackOfAccess(NOTICE, "..."), SOMEONE_ELSE), Rule.A8_RECIPIENT_ONLY);
        }
    }

    @Nested
    class Withdraw {

        @Test
        void a8_court_staff_withdraw_a_notice_and_its_past_stays() {
            fixture.given(issuedToApplicant(REPLY_10), depositedAt(DEPOSIT_TIME, REGISTERED))
                    .when(new WithdrawNotice(NOTICE, "صدور اشتباه"), COURT)
                    .expectEvents(new NoticeWithdrawn(NOTICE, FILING, "صدور اشتباه"))
                    .expectState(notice -> assertThat(notice.servedAt()).isEqualTo(DEPOSIT_TIME));
        }

        @Test
        void a8_a_notice_is_withdrawn_once() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10), new NoticeWithdrawn(NOTICE, FILING, "اشتباه"))
                    .when(new WithdrawNotice(NOTICE, "دوباره"), COURT), Rule.A8_NOTICE_WITHDRAWN);
        }

        @Test
        void a8_only_court_staff_withdraw() {
            refusedWith(fixture.given(issuedToApplicant(REPLY_10)).when(new WithdrawNotice(NOTICE, "..."), RECIPIENT),
                    Rule.A8_COURT_STAFF_ONLY);
        }
    }
}
