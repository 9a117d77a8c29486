package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.calendar.JalaliDate;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** A notice's life over HTTP on PostgreSQL (A7, A8): issue, deposit (service), inbox, view, lack of access, history. */
class NoticeLifecycleIT extends PostgresIntegrationTest {

    @Autowired
    MeterRegistry meters;

    private String issue(String filingId, Map<String, Object> recipient, Map<String, Object> deadline) {
        Map<String, Object> body = new HashMap<>(Map.of("filingId", filingId, "kind", "HEARING_DATE", "recipient", recipient,
                "text", "وقت رسیدگی: ۱۴۰۵/۰۳/۱۰ ساعت ۹ صبح، شعبه ۱۲",
                "documentSha256", List.of(ApiClient.SIGNED_FORM)));
        if (deadline != null) {
            body.put("deadline", deadline);
        }
        return api.ok("court", HttpMethod.POST, "/api/v1/notices", body).text("noticeId");
    }

    private static Map<String, Object> toApplicant() {
        return Map.of("role", "APPLICANT", "nationalCode", APPLICANT_CODE, "name", "زهرا احمدی");
    }

    @Test
    void a7_a8_the_case_history_shows_each_notice_with_the_channel_it_used_and_a_later_change_rewrites_nothing()
            throws Exception {
        String filing = api.officeRouteToSubmission("clerk1001", "legal1001")[0];
        double issuedBefore = meters.counter("notices.issued").count();

        String first = issue(filing, toApplicant(), Map.of("kind", "REPLY", "days", 10));
        Response deposited = api.ok("court", HttpMethod.POST, "/api/v1/notices/" + first + "/deposit", null);
        assertThat(deposited.body().path("channel").path("mobile").asText()).isEqualTo("09121234567");
        JsonNode deadline = deposited.body().path("deadline");
        LocalDate due = LocalDate.parse(deadline.path("dueDate").asText());
        assertThat(deadline.path("dueDateJalali").asText()).matches("\\d{4}/\\d{2}/\\d{2}")
                .isEqualTo(JalaliDate.of(due).toString());
        assertThat(due).isAfterOrEqualTo(LocalDate.parse(deadline.path("serviceDate").asText()).plusDays(11));

        api.ok("applicant", HttpMethod.PUT, "/api/v1/filings/" + filing + "/contact-details",
                Map.of("mobile", "09351234567", "electronicAddress", "sana:1234567890"));
        String second = issue(filing, toApplicant(), null);
        Response secondDeposit = api.ok("court", HttpMethod.POST, "/api/v1/notices/" + second + "/deposit", null);
        assertThat(secondDeposit.body().path("channel").path("mobile").asText()).isEqualTo("09351234567");
        awaitProjections();

        JsonNode entries = api.ok("court", HttpMethod.GET, "/api/v1/filings/" + filing + "/history", null)
                .body().path("entries");
        List<String> types = new ArrayList<>();
        entries.forEach(e -> types.add(e.path("eventType").asText()));
        assertThat(types).hasSize(16).endsWith("SubmittedToCompetentAuthority", "NoticeIssued", "NoticeDeposited",
                "ContactDetailsChanged", "NoticeIssued", "NoticeDeposited");
        JsonNode firstDeposit = entries.get(12);
        assertThat(firstDeposit.path("noticeId").asText()).isEqualTo(first);
        assertThat(firstDeposit.path("actorRole").asText()).isEqualTo("COURT_STAFF");
        assertThat(firstDeposit.path("channel").path("mobile").asText()).isEqualTo("09121234567");
        assertThat(firstDeposit.path("channel").path("electronicAddress").asText()).isEqualTo("sana:1234567890");
        assertThat(entries.get(15).path("noticeId").asText()).isEqualTo(second);
        assertThat(entries.get(15).path("channel").path("mobile").asText()).isEqualTo("09351234567");

        JsonNode notices = api.ok("court", HttpMethod.GET, "/api/v1/filings/" + filing + "/notices", null)
                .body().path("notices");
        assertThat(notices.size()).isEqualTo(2);
        assertThat(notices.get(0).path("channel").path("mobile").asText()).isEqualTo("09121234567");
        assertThat(notices.get(0).path("status").asText()).isEqualTo("SERVED");
        assertThat(notices.get(0).path("deadline").path("dueDateJalali").asText()).isEqualTo(JalaliDate.of(due).toString());
        assertThat(notices.get(1).path("channel").path("mobile").asText()).isEqualTo("09351234567");
        assertThat(meters.counter("notices.issued").count()).isGreaterThanOrEqualTo(issuedBefore + 2);
    }

    @Test
    void a8_the_recipient_finds_the_notice_in_the_inbox_and_the_view_is_recorded_once() throws Exception {
        String filing = api.officeRouteToSubmission("clerk1001b", "legal1001")[0];
        String notice = issue(filing, toApplicant(), Map.of("kind", "APPEAL", "days", 20));
        api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/deposit", null);
        awaitProjections();

        JsonNode inbox = api.ok("applicant", HttpMethod.GET, "/api/v1/notices/inbox", null).body().path("notices");
        List<String> ids = new ArrayList<>();
        inbox.forEach(n -> ids.add(n.path("noticeId").asText()));
        assertThat(ids).contains(notice);
        JsonNode otherInbox = api.ok("applicant2", HttpMethod.GET, "/api/v1/notices/inbox", null).body().path("notices");
        otherInbox.forEach(n -> assertThat(n.path("noticeId").asText()).isNotEqualTo(notice));

        Response someoneElse = api.call("applicant2", HttpMethod.POST, "/api/v1/notices/" + notice + "/view", null);
        assertThat(someoneElse.status()).isEqualTo(422);
        assertThat(someoneElse.text("code")).isEqualTo("A8_RECIPIENT_ONLY");
        long timerBefore = meters.timer("notice.time-to-view").count();
        String viewedAt = api.ok("applicant", HttpMethod.POST, "/api/v1/notices/" + notice + "/view", null).text("viewedAt");
        String again = api.ok("applicant", HttpMethod.POST, "/api/v1/notices/" + notice + "/view", null).text("viewedAt");

        assertThat(again).isEqualTo(viewedAt);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%NoticeViewed'", Long.class, notice)).isEqualTo(1);
        assertThat(meters.timer("notice.time-to-view").count()).isEqualTo(timerBefore + 1);
        awaitProjections();
        Response mine = api.ok("applicant", HttpMethod.GET, "/api/v1/notices/" + notice, null);
        assertThat(mine.text("status")).isEqualTo("VIEWED");
        assertThat(mine.body().path("recipient").path("nationalCodeMasked").asText()).isEqualTo("******3451");
        assertThat(api.call("applicant2", HttpMethod.GET, "/api/v1/notices/" + notice, null).status()).isEqualTo(404);
    }

    @Test
    void a8_an_upheld_lack_of_access_moves_service_and_the_deadline() throws Exception {
        String filing = api.officeRouteToSubmission("clerk1001", "manager1001")[0];
        String notice = issue(filing, toApplicant(), Map.of("kind", "REPLY", "days", 10));
        Instant servedAt = Instant.parse(api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/deposit", null)
                .text("servedAt"));
        api.ok("applicant", HttpMethod.POST, "/api/v1/notices/" + notice + "/lack-of-access",
                Map.of("reason", "در بیمارستان بستری بودم"));
        Thread.sleep(10);
        Instant later = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Response upheld = api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/lack-of-access/decision",
                Map.of("upheld", true, "serviceAt", later.toString(), "reason", "گواهی بیمارستان پذیرفته شد"));

        assertThat(Instant.parse(upheld.text("servedAt"))).isEqualTo(later).isAfter(servedAt);
        assertThat(upheld.body().path("deadline").path("dueDateJalali").asText()).matches("\\d{4}/\\d{2}/\\d{2}");
        awaitProjections();
        Response view = api.ok("court", HttpMethod.GET, "/api/v1/notices/" + notice, null);
        assertThat(view.text("lackOfAccess")).isEqualTo("UPHELD");
        assertThat(Instant.parse(view.text("servedAt"))).isEqualTo(later);
        assertThat(Instant.parse(view.text("depositedAt"))).isEqualTo(servedAt.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void a8_refusals_name_their_rule_and_a_defendant_is_served_to_the_channels_given() {
        String submitted = api.officeRouteToSubmission("clerk1001b", "manager1001")[0];
        String open = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("1000000"))
                .text("filingId");
        Map<String, Object> body = Map.of("filingId", open, "kind", "ORDER", "recipient", toApplicant(), "text", "قرار");

        assertThat(api.call("clerk1001", HttpMethod.POST, "/api/v1/notices", body).status()).isEqualTo(403);
        Response notSubmitted = api.call("court", HttpMethod.POST, "/api/v1/notices", body);
        assertThat(notSubmitted.status()).isEqualTo(422);
        assertThat(notSubmitted.text("code")).isEqualTo("A8_CASE_NOT_SUBMITTED");
        assertThat(notSubmitted.text("article")).isEqualTo("A8");
        Response noChannels = api.call("court", HttpMethod.POST, "/api/v1/notices", Map.of("filingId", submitted,
                "kind", "SERVICE_OF_PETITION", "recipient", Map.of("role", "DEFENDANT", "nationalCode", "0091234565"),
                "text", "ابلاغ دادخواست"));
        assertThat(noChannels.text("code")).isEqualTo("A7_RECIPIENT_CONTACT_REQUIRED");

        String toDefendant = issue(submitted, Map.of("role", "DEFENDANT", "nationalCode", "۰۰۹۱۲۳۴۵۶۵",
                "name", "بهرام کاظمی", "mobile", "0919 111 2233", "electronicAddress", "sana:9988776655"), null);
        Response deposit = api.ok("court", HttpMethod.POST, "/api/v1/notices/" + toDefendant + "/deposit", null);
        assertThat(deposit.body().path("channel").path("mobile").asText()).isEqualTo("09191112233");
        assertThat(deposit.body().path("channel").path("electronicAddress").asText()).isEqualTo("sana:9988776655");
        Response twice = api.call("court", HttpMethod.POST, "/api/v1/notices/" + toDefendant + "/deposit", null);
        assertThat(twice.text("code")).isEqualTo("A8_ALREADY_DEPOSITED");
    }
}
