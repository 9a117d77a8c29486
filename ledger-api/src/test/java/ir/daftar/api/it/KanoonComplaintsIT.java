package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Complaints on PostgreSQL (issue 18, A28(e); ADR 1320): an applicant complains about an office in Qom, which
 * Tehran's Kanoon covers; only a member of Tehran's board reviews it, reports it to the GD and opens one disciplinary
 * case from it, the referral and the case in one transaction; the complainant and the GD read it, nobody else.
 */
class KanoonComplaintsIT extends PostgresIntegrationTest {

    private static final String ADMIN = TestAccounts.username(ActorRole.ADMIN);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String APPLICANT = TestAccounts.username(ActorRole.APPLICANT);
    private static final String COURT = TestAccounts.username(ActorRole.COURT_STAFF);
    private static final String TEXT = "دفتر برای ثبت دادخواست بیش از تعرفه وجه گرفت و قبض نداد";

    @Test
    void an_applicants_complaint_about_a_qom_office_is_reviewed_and_reported_by_tehrans_board_and_opens_one_case() {
        KanoonOrders.tehranFormed(api);
        String office = "OFF-QOM-" + UUID.randomUUID().toString().substring(0, 8);
        String seed = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String manager = LicenceIT.nationalCode("03" + seed);
        api.ok(ADMIN, HttpMethod.POST, "/api/v1/offices", Map.of("officeId", office, "name", "دفتر قم",
                "origin", "NEW", "province", "قم", "city", "قم"));
        api.ok(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff",
                StaffEvidence.hire(manager, "مدیر دفتر قم", "MANAGER"));
        String member = KanoonOrders.boardMember(api);

        // anyone signed in lodges; the Kanoon covering Qom is Tehran's
        Response lodged = api.call(APPLICANT, HttpMethod.POST, "/api/v1/complaints",
                Map.of("officeId", office, "text", TEXT));
        assertThat(lodged.status()).as(lodged.body().toString()).isEqualTo(201);
        String complaint = lodged.text("complaintId");
        String path = "/api/v1/complaints/" + complaint;
        assertThat(lodged.headers().getLocation()).hasToString(path);
        JsonNode mine = api.ok(APPLICANT, HttpMethod.GET, path, null).body();
        assertThat(mine.path("kanoonId").asText()).isEqualTo(KanoonOrders.TEHRAN);
        assertThat(mine.path("state").asText()).isEqualTo("LODGED");
        assertThat(mine.path("text").asText()).isEqualTo(TEXT);
        // another signed-in person does not see it
        assertThat(api.call(COURT, HttpMethod.GET, path, null).status()).isEqualTo(404);
        // an unknown office is refused with the rule's code and article
        Response unknown = api.call(COURT, HttpMethod.POST, "/api/v1/complaints", Map.of("officeId", "OFF-NONE", "text", TEXT));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("code")).isEqualTo("A28_COMPLAINT_INVALID");
        assertThat(unknown.text("article")).isEqualTo("A28");

        // only a sitting member of the covering board reviews, and the report comes after the review
        String outsider = LicenceIT.nationalCode("04" + seed);
        Response notOnBoard = KanoonOrders.asBoard(api, outsider, HttpMethod.POST, path + "/review",
                Map.of("outcome", "UPHELD", "reasons", "وارد است"));
        assertThat(notOnBoard.status()).isEqualTo(422);
        assertThat(notOnBoard.text("code")).isEqualTo("A28_COMPLAINT_BOARD_ONLY");
        Response early = KanoonOrders.asBoard(api, member, HttpMethod.POST, path + "/report", null);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("A28_COMPLAINT_OUT_OF_ORDER");
        assertThat(KanoonOrders.asBoard(api, member, HttpMethod.POST, path + "/review",
                Map.of("outcome", "UPHELD", "reasons", "قبض صادر نشده است")).status()).isEqualTo(202);
        assertThat(KanoonOrders.asBoard(api, member, HttpMethod.POST, path + "/report", null).status()).isEqualTo(202);

        // the covering board reads it; a board member role without a seat on it does not
        assertThat(KanoonOrders.asBoard(api, member, HttpMethod.GET, path, null).body().path("outcome").asText())
                .isEqualTo("UPHELD");
        assertThat(KanoonOrders.asBoard(api, outsider, HttpMethod.GET, path, null).status()).isEqualTo(404);

        // the GD lists it among the complaints reported to it; the complainant sees the finding
        JsonNode reported = api.ok(GD, HttpMethod.GET, "/api/v1/complaints/reported", null).body().path("complaints");
        assertThat(reported.findValuesAsText("complaintId")).contains(complaint);
        mine = api.ok(APPLICANT, HttpMethod.GET, path, null).body();
        assertThat(mine.path("state").asText()).isEqualTo("REPORTED");
        assertThat(mine.path("outcome").asText()).isEqualTo("UPHELD");
        assertThat(mine.path("reasons").asText()).isEqualTo("قبض صادر نشده است");

        // a case against someone who is not the office's staff is refused: neither the referral nor the case is kept
        Response wrongAccused = KanoonOrders.asBoard(api, member, HttpMethod.POST, path + "/disciplinary-case",
                Map.of("accusedId", outsider, "charges", List.of(6)));
        assertThat(wrongAccused.status()).as(wrongAccused.body().toString()).isEqualTo(422);
        assertThat(wrongAccused.text("code")).isEqualTo("A34_ACCUSED_NOT_STAFF");
        JsonNode noCase = api.ok(APPLICANT, HttpMethod.GET, path, null).body();
        assertThat(noCase.path("caseId").isNull() || noCase.path("caseId").isMissingNode()).isTrue();
        assertThat(noCase.path("state").asText()).isEqualTo("REPORTED");

        // the case is opened from the complaint, by the board, once
        Response opened = KanoonOrders.asBoard(api, member, HttpMethod.POST, path + "/disciplinary-case",
                Map.of("accusedId", manager, "charges", List.of(6, 12)));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String caseId = opened.text("caseId");
        JsonNode record = api.ok(GD, HttpMethod.GET, "/api/v1/discipline/cases/" + caseId, null).body();
        JsonNode opening = record.path("steps").get(0);
        assertThat(opening.path("type").asText()).isEqualTo("DisciplinaryCaseOpened");
        assertThat(opening.path("actorId").asText()).isEqualTo(member);
        assertThat(opening.path("event").path("origin").asText()).isEqualTo("COMPLAINT");
        assertThat(opening.path("event").path("officeId").asText()).isEqualTo(office);
        assertThat(opening.path("event").path("statement").asText()).isEqualTo(TEXT);
        mine = api.ok(APPLICANT, HttpMethod.GET, path, null).body();
        assertThat(mine.path("state").asText()).isEqualTo("REFERRED");
        assertThat(mine.path("caseId").asText()).isEqualTo(caseId);
        Response again = KanoonOrders.asBoard(api, member, HttpMethod.POST, path + "/disciplinary-case",
                Map.of("accusedId", manager, "charges", List.of(6)));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("code")).isEqualTo("A28_COMPLAINT_CASE_ALREADY_OPENED");
        assertThat(again.text("article")).isEqualTo("A28");
        // and a board member cannot open a case the complaint's record does not name, through the discipline API
        // either (it is the GD's, the Center head's or an inspector's there)
        Response direct = KanoonOrders.asBoard(api, member, HttpMethod.POST, "/api/v1/discipline/cases", Map.of(
                "origin", "COMPLAINT", "officeId", office, "accusedId", manager, "charges", List.of(6), "statement", TEXT));
        assertThat(direct.status()).isEqualTo(403);
    }
}
