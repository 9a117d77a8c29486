package ir.daftar.api.it;

import static ir.daftar.core.common.ActorRole.ADMIN;
import static ir.daftar.core.common.ActorRole.APPLICANT;
import static ir.daftar.core.common.ActorRole.CENTER_HEAD;
import static ir.daftar.core.common.ActorRole.COUNCIL_MEMBER;
import static ir.daftar.core.common.ActorRole.COURT_STAFF;
import static ir.daftar.core.common.ActorRole.GD_OFFICER;
import static ir.daftar.core.common.ActorRole.INSPECTOR;
import static ir.daftar.core.common.ActorRole.KANOON_BOARD_MEMBER;
import static ir.daftar.core.common.ActorRole.OFFICE_CLERK;
import static ir.daftar.core.common.ActorRole.OFFICE_IT_EXPERT;
import static ir.daftar.core.common.ActorRole.OFFICE_LEGAL_EXPERT;
import static ir.daftar.core.common.ActorRole.OFFICE_MANAGER;
import static ir.daftar.core.common.ActorRole.REPORTING_BODY;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.ActorRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A12: who may call what. ONE table below states, for every endpoint, the roles allowed (and
 * whether anonymous callers are); every endpoint x every role (and anonymous) is tried, where
 * "allowed" means the answer is neither 401 nor 403 (it may still be 400/404/422 for other reasons:
 * the sample ids do not exist, so nothing is written). An endpoint the application serves that the
 * table does not list fails the build: a new endpoint cannot ship without a rule.
 * Data-level limits (an office's staff only for their office's filings, court staff only for their
 * authority's cases) are the aggregates' and queries' business and are tested there.
 */
class AccessMatrixIT extends PostgresIntegrationTest {

    private static final Set<ActorRole> OFFICE = EnumSet.of(OFFICE_CLERK, OFFICE_LEGAL_EXPERT, OFFICE_IT_EXPERT,
            OFFICE_MANAGER);
    private static final Set<ActorRole> SIGNED_IN = EnumSet.copyOf(TestAccounts.ROLES);
    private static final Set<ActorRole> NOBODY = EnumSet.noneOf(ActorRole.class);

    private static final String F = "/api/v1/filings/matrix-none";
    private static final String O = "/api/v1/offices/OFF-MATRIX";
    private static final String N = "/api/v1/notices/matrix-none";
    private static final String I = "/api/v1/inspections/matrix-none";
    private static final String K = "/api/v1/kanoons/kanoon-matrix-none";

    /** The table: method, the mapping's pattern, a concrete path to call, who may call it, and anonymous. */
    record Row(HttpMethod method, String pattern, String sample, Set<ActorRole> roles, boolean anonymous, boolean page) {
        String key() {
            return method.name() + " " + pattern;
        }
    }

    private static Row row(String method, String pattern, String sample, Set<ActorRole> roles) {
        return new Row(HttpMethod.valueOf(method), pattern, sample, roles, false, false);
    }

    private static Row publicRow(String method, String pattern, String sample) {
        return new Row(HttpMethod.valueOf(method), pattern, sample, SIGNED_IN, true, false);
    }

    /** A page (issue 15): signed in by the form; "denied" is a 403 page, or being sent to sign in. */
    private static Row page(String method, String pattern, String sample, Set<ActorRole> roles) {
        return new Row(HttpMethod.valueOf(method), pattern, sample, roles, false, true);
    }

    private static Row publicPage(String method, String pattern, String sample) {
        return new Row(HttpMethod.valueOf(method), pattern, sample, SIGNED_IN, true, true);
    }

    private static Set<ActorRole> plus(Set<ActorRole> base, ActorRole... more) {
        EnumSet<ActorRole> all = EnumSet.noneOf(ActorRole.class);
        all.addAll(base);
        all.addAll(List.of(more));
        return all;
    }

    static final List<Row> TABLE = List.of(
            // filings (A5-A7): office staff and applicants act; court staff and admin read
            row("POST", "/api/v1/filings", "/api/v1/filings", plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/identity-verification", F + "/identity-verification", plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/documents", F + "/documents", plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/applicant-confirmation", F + "/applicant-confirmation", plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/court-fee/assessment", F + "/court-fee/assessment", plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/court-fee/payment", F + "/court-fee/payment", plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/originals-received", F + "/originals-received", plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/documents/{documentId}/conformity", F + "/documents/d-1/conformity",
                    plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/contact-details", F + "/contact-details", plus(OFFICE, APPLICANT)),
            row("PUT", "/api/v1/filings/{filingId}/contact-details", F + "/contact-details", EnumSet.of(APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/notification-undertaking", F + "/notification-undertaking",
                    plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/tracking-code", F + "/tracking-code", plus(OFFICE, APPLICANT)),
            row("POST", "/api/v1/filings/{filingId}/submission", F + "/submission", plus(OFFICE, APPLICANT)),
            // reads (issue 12): the applicant's own filings and history, a filing's summary, my inspections, a report
            row("GET", "/api/v1/filings/{filingId}/history", F + "/history", plus(OFFICE, APPLICANT, COURT_STAFF, ADMIN)),
            row("GET", "/api/v1/filings/mine", "/api/v1/filings/mine", EnumSet.of(APPLICANT)),
            row("GET", "/api/v1/filings/office", "/api/v1/filings/office", OFFICE),
            row("GET", "/api/v1/filings/{filingId}", F, plus(OFFICE, APPLICANT, COURT_STAFF, INSPECTOR, ADMIN)),
            row("GET", "/api/v1/inspections", "/api/v1/inspections", EnumSet.of(INSPECTOR)),
            row("GET", "/api/v1/reports", "/api/v1/reports?trackingCode=4821093376510428",
                    EnumSet.of(REPORTING_BODY, COURT_STAFF)),
            // offices (A14-A15): the General Directorate manages; offices and inspectors read
            row("POST", "/api/v1/offices", "/api/v1/offices", EnumSet.of(ADMIN)),
            row("POST", "/api/v1/offices/{officeId}/staff", O + "/staff", EnumSet.of(GD_OFFICER, ADMIN)),
            row("DELETE", "/api/v1/offices/{officeId}/staff/{nationalCode}", O + "/staff/0012345679",
                    EnumSet.of(GD_OFFICER, ADMIN)),
            row("POST", "/api/v1/offices/{officeId}/minimum-staffing", O + "/minimum-staffing", EnumSet.of(GD_OFFICER, ADMIN)),
            row("GET", "/api/v1/offices/{officeId}", O, plus(OFFICE, GD_OFFICER, ADMIN, INSPECTOR)),
            // staff vetting (A16-A21; ADR 0910): the evidence of each hire is the GD's
            row("GET", "/api/v1/offices/{officeId}/vetting", O + "/vetting", EnumSet.of(GD_OFFICER, ADMIN)),
            // office licences (A22(b), A24; ADR 0900): the Council proposes, the GD opines, the Center head decides
            row("POST", "/api/v1/offices/{officeId}/licence/decisions", O + "/licence/decisions", EnumSet.of(COUNCIL_MEMBER)),
            row("POST", "/api/v1/offices/{officeId}/licence/decisions/{decisionId}/opinion",
                    O + "/licence/decisions/LIC-NONE/opinion", EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/offices/{officeId}/licence/decisions/{decisionId}/decision",
                    O + "/licence/decisions/LIC-NONE/decision", EnumSet.of(CENTER_HEAD)),
            row("GET", "/api/v1/offices/{officeId}/licence", O + "/licence",
                    plus(OFFICE, COUNCIL_MEMBER, GD_OFFICER, CENTER_HEAD, INSPECTOR, ADMIN)),
            // establishment of offices (A14, A22(a); ADR 0920): the GD calls, vets, proposes; the Center head decides
            row("POST", "/api/v1/office-calls", "/api/v1/office-calls", EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/office-calls/{callId}/applications", "/api/v1/office-calls/CALL-NONE/applications",
                    EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/office-calls/{callId}/applications/{applicationId}/vetting",
                    "/api/v1/office-calls/CALL-NONE/applications/APP-NONE/vetting", EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/office-calls/{callId}/applications/{applicationId}/proposal",
                    "/api/v1/office-calls/CALL-NONE/applications/APP-NONE/proposal", EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/office-calls/{callId}/applications/{applicationId}/decision",
                    "/api/v1/office-calls/CALL-NONE/applications/APP-NONE/decision", EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/office-calls/{callId}/applications/{applicationId}/manager",
                    "/api/v1/office-calls/CALL-NONE/applications/APP-NONE/manager", EnumSet.of(CENTER_HEAD)),
            row("GET", "/api/v1/office-calls/{callId}", "/api/v1/office-calls/CALL-NONE",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN)),
            // office service fee schedules (A22(c), A24; ADR 0921)
            row("POST", "/api/v1/office-fee-schedules", "/api/v1/office-fee-schedules", EnumSet.of(COUNCIL_MEMBER)),
            row("POST", "/api/v1/office-fee-schedules/{version}/opinion", "/api/v1/office-fee-schedules/999/opinion",
                    EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/office-fee-schedules/{version}/decision", "/api/v1/office-fee-schedules/999/decision",
                    EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/office-fee-schedules/{version}/confirmation",
                    "/api/v1/office-fee-schedules/999/confirmation", EnumSet.of(ir.daftar.core.common.ActorRole.HEAD_OF_JUDICIARY)),
            row("GET", "/api/v1/office-fee-schedules", "/api/v1/office-fee-schedules", SIGNED_IN),
            // office service fee postings and charges (A37-1, A37-12; ADR 0921, revisited)
            row("POST", "/api/v1/office-fee-schedules/{version}/postings", "/api/v1/office-fee-schedules/999/postings", OFFICE),
            row("POST", "/api/v1/filings/{filingId}/office-service-charges",
                    "/api/v1/filings/matrix-none/office-service-charges", OFFICE),
            page("POST", "/office/filings/{filingId}/office-service-charges",
                    "/office/filings/matrix-none/office-service-charges", OFFICE),
            // the court-fee tariffs' approval trail (A22(c); ADR 0921, revisited)
            row("POST", "/api/v1/court-fee/tariff-versions", "/api/v1/court-fee/tariff-versions", EnumSet.of(COUNCIL_MEMBER)),
            row("POST", "/api/v1/court-fee/tariff-versions/{version}/opinion", "/api/v1/court-fee/tariff-versions/none/opinion",
                    EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/court-fee/tariff-versions/{version}/decision",
                    "/api/v1/court-fee/tariff-versions/none/decision", EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/court-fee/tariff-versions/{version}/confirmation",
                    "/api/v1/court-fee/tariff-versions/none/confirmation",
                    EnumSet.of(ir.daftar.core.common.ActorRole.HEAD_OF_JUDICIARY)),
            row("GET", "/api/v1/court-fee/tariff-versions", "/api/v1/court-fee/tariff-versions", SIGNED_IN),
            // discipline (A34-A38; ADR 1200): boards by the Center head, cases by the GD, rulings by the chair
            row("POST", "/api/v1/discipline/boards", "/api/v1/discipline/boards", EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/discipline/boards/{boardId}/chair", "/api/v1/discipline/boards/matrix-none/chair",
                    EnumSet.of(ActorRole.BOARD_MEMBER)),
            row("GET", "/api/v1/discipline/boards/{boardId}/docket", "/api/v1/discipline/boards/matrix-none/docket",
                    EnumSet.of(ActorRole.BOARD_MEMBER, GD_OFFICER, CENTER_HEAD)),
            row("POST", "/api/v1/discipline/cases", "/api/v1/discipline/cases", EnumSet.of(GD_OFFICER, CENTER_HEAD, INSPECTOR)),
            row("GET", "/api/v1/discipline/cases/{caseId}", "/api/v1/discipline/cases/matrix-none",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, ActorRole.BOARD_MEMBER, ADMIN)),
            row("POST", "/api/v1/discipline/cases/{caseId}/referral", "/api/v1/discipline/cases/matrix-none/referral",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD)),
            row("POST", "/api/v1/discipline/cases/{caseId}/complaint-withdrawal",
                    "/api/v1/discipline/cases/matrix-none/complaint-withdrawal", EnumSet.of(GD_OFFICER, CENTER_HEAD)),
            row("POST", "/api/v1/discipline/cases/{caseId}/rulings", "/api/v1/discipline/cases/matrix-none/rulings",
                    EnumSet.of(ActorRole.BOARD_MEMBER)),
            row("POST", "/api/v1/discipline/cases/{caseId}/crime-referral",
                    "/api/v1/discipline/cases/matrix-none/crime-referral", EnumSet.of(ActorRole.BOARD_MEMBER)),
            row("POST", "/api/v1/discipline/cases/{caseId}/rulings/{rulingId}/notification",
                    "/api/v1/discipline/cases/matrix-none/rulings/R-1/notification", EnumSet.of(GD_OFFICER, CENTER_HEAD)),
            row("POST", "/api/v1/discipline/cases/{caseId}/rulings/{rulingId}/appeal",
                    "/api/v1/discipline/cases/matrix-none/rulings/R-1/appeal", OFFICE),
            row("POST", "/api/v1/discipline/cases/{caseId}/rulings/{rulingId}/objection",
                    "/api/v1/discipline/cases/matrix-none/rulings/R-1/objection", EnumSet.of(CENTER_HEAD)),
            row("GET", "/api/v1/discipline/offices/{officeId}/history", "/api/v1/discipline/offices/OFF-MATRIX/history",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, ActorRole.BOARD_MEMBER, INSPECTOR, ADMIN)),
            publicRow("GET", "/api/v1/discipline/reprimands", "/api/v1/discipline/reprimands"),
            // reference data: anyone signed in
            row("GET", "/api/v1/authorities", "/api/v1/authorities", SIGNED_IN),
            row("GET", "/api/v1/court-fee/tariffs", "/api/v1/court-fee/tariffs", SIGNED_IN),
            row("GET", "/api/v1/court-fee/quote", "/api/v1/court-fee/quote", SIGNED_IN),
            row("GET", "/api/v1/me", "/api/v1/me", SIGNED_IN),
            // administration: projections and the tamper-evident ledger
            row("GET", "/api/v1/admin/projections", "/api/v1/admin/projections", EnumSet.of(ADMIN)),
            row("GET", "/api/v1/admin/projections/{name}", "/api/v1/admin/projections/matrix-none", EnumSet.of(ADMIN)),
            row("POST", "/api/v1/admin/projections/{name}/rebuild", "/api/v1/admin/projections/matrix-none/rebuild",
                    EnumSet.of(ADMIN)),
            row("POST", "/api/v1/admin/projections/rebuild", "/api/v1/admin/projections/rebuild?only=matrix-none",
                    EnumSet.of(ADMIN)),
            row("GET", "/api/v1/admin/projections/rebuild", "/api/v1/admin/projections/rebuild", EnumSet.of(ADMIN)),
            row("GET", "/api/v1/admin/ledger/checkpoints", "/api/v1/admin/ledger/checkpoints", EnumSet.of(ADMIN)),
            row("POST", "/api/v1/admin/ledger/checkpoints", "/api/v1/admin/ledger/checkpoints", EnumSet.of(ADMIN)),
            row("GET", "/api/v1/admin/ledger/public-key", "/api/v1/admin/ledger/public-key", EnumSet.of(ADMIN)),
            // public: the status lookup (tracking code and national code), the API document, errors
            publicRow("GET", "/api/v1/status/{trackingCode}", "/api/v1/status/1234567890123456?nationalCode=0089123451"),
            publicRow("GET", "/v3/api-docs", "/v3/api-docs"),
            publicRow("GET", "/v3/api-docs.yaml", "/v3/api-docs.yaml"),
            publicRow("GET", "/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config"),
            publicRow("GET", "/swagger-ui.html", "/swagger-ui.html"),
            publicRow("GET", "/error", "/error"),
            // not routed through the MVC handler mapping, listed so they are tried too
            publicRow("GET", "/actuator/health", "/actuator/health"),
            publicRow("GET", "/swagger-ui/index.html", "/swagger-ui/index.html"),
            row("GET", "/actuator/prometheus", "/actuator/prometheus", EnumSet.of(ADMIN)),
            // notices and electronic service (A7, A8)
            row("POST", "/api/v1/notices", "/api/v1/notices", EnumSet.of(COURT_STAFF)),
            row("POST", "/api/v1/notices/{noticeId}/deposit", N + "/deposit", EnumSet.of(COURT_STAFF)),
            row("POST", "/api/v1/notices/{noticeId}/withdrawal", N + "/withdrawal", EnumSet.of(COURT_STAFF)),
            row("POST", "/api/v1/notices/{noticeId}/lack-of-access/decision", N + "/lack-of-access/decision",
                    EnumSet.of(COURT_STAFF)),
            row("POST", "/api/v1/notices/{noticeId}/view", N + "/view", EnumSet.of(APPLICANT)),
            row("POST", "/api/v1/notices/{noticeId}/lack-of-access", N + "/lack-of-access", EnumSet.of(APPLICANT)),
            row("GET", "/api/v1/notices/inbox", "/api/v1/notices/inbox", EnumSet.of(APPLICANT)),
            row("GET", "/api/v1/notices/{noticeId}", N, EnumSet.of(COURT_STAFF, APPLICANT, ADMIN)),
            row("GET", "/api/v1/filings/{filingId}/notices", F + "/notices", EnumSet.of(COURT_STAFF, ADMIN)),
            row("GET", "/api/v1/admin/alerts", "/api/v1/admin/alerts", EnumSet.of(ADMIN)),
            row("POST", "/api/v1/admin/alerts/{attemptId}/retry", "/api/v1/admin/alerts/matrix-none/retry", EnumSet.of(ADMIN)),
            row("POST", "/api/v1/admin/alerts/{attemptId}/delivery-report", "/api/v1/admin/alerts/matrix-none/delivery-report",
                    EnumSet.of(ADMIN)),
            // reports, paper-origin cases and the court side (A9-A11, A13)
            row("POST", "/api/v1/filings/{filingId}/case-registration", F + "/case-registration", EnumSet.of(COURT_STAFF)),
            row("POST", "/api/v1/filings/{filingId}/return", F + "/return", EnumSet.of(COURT_STAFF)),
            row("POST", "/api/v1/paper-complaints", "/api/v1/paper-complaints", EnumSet.of(COURT_STAFF)),
            row("POST", "/api/v1/reports/{id}/acknowledgement", "/api/v1/reports/matrix-none/acknowledgement",
                    EnumSet.of(COURT_STAFF)),
            row("POST", "/api/v1/reports", "/api/v1/reports", EnumSet.of(REPORTING_BODY)),
            row("POST", "/api/v1/paper-files", "/api/v1/paper-files", EnumSet.of(REPORTING_BODY)),
            row("GET", "/api/v1/paper-files", "/api/v1/paper-files", EnumSet.of(COURT_STAFF, INSPECTOR, GD_OFFICER, ADMIN)),
            row("POST", "/api/v1/reporting-bodies", "/api/v1/reporting-bodies", EnumSet.of(GD_OFFICER, ADMIN)),
            row("POST", "/api/v1/reporting-bodies/{id}/users", "/api/v1/reporting-bodies/MATRIX/users",
                    EnumSet.of(GD_OFFICER, ADMIN)),
            row("GET", "/api/v1/reporting-bodies/{id}", "/api/v1/reporting-bodies/MATRIX",
                    EnumSet.of(GD_OFFICER, ADMIN, REPORTING_BODY, COURT_STAFF)),
            row("POST", "/api/v1/admin/authorities/import", "/api/v1/admin/authorities/import", EnumSet.of(ADMIN)),
            // inspections (A28, A33, A37) and the applicant's access log (A12)
            row("POST", "/api/v1/inspections", "/api/v1/inspections", EnumSet.of(INSPECTOR)),
            row("GET", "/api/v1/inspections/{inspectionId}", I, EnumSet.of(INSPECTOR)),
            row("POST", "/api/v1/inspections/{inspectionId}/requests", I + "/requests", EnumSet.of(INSPECTOR)),
            row("POST", "/api/v1/inspections/{inspectionId}/requests/{requestId}/answer", I + "/requests/r-1/answer", OFFICE),
            row("GET", "/api/v1/inspections/{inspectionId}/replay", I + "/replay", EnumSet.of(INSPECTOR)),
            row("GET", "/api/v1/inspections/{inspectionId}/findings", I + "/findings", EnumSet.of(INSPECTOR)),
            row("POST", "/api/v1/inspections/{inspectionId}/findings/{findingId}/acceptance", I + "/findings/f-1/acceptance",
                    EnumSet.of(INSPECTOR)),
            row("POST", "/api/v1/inspections/{inspectionId}/findings/{findingId}/dismissal", I + "/findings/f-1/dismissal",
                    EnumSet.of(INSPECTOR)),
            row("POST", "/api/v1/inspections/{inspectionId}/report", I + "/report", EnumSet.of(INSPECTOR)),
            row("POST", "/api/v1/inspections/{inspectionId}/report/sending", I + "/report/sending", EnumSet.of(INSPECTOR)),
            row("POST", "/api/v1/inspections/{inspectionId}/report/corrections", I + "/report/corrections",
                    EnumSet.of(INSPECTOR)),
            row("GET", "/api/v1/inspections/{inspectionId}/report", I + "/report", EnumSet.of(INSPECTOR, GD_OFFICER)),
            row("GET", "/api/v1/inspections/{inspectionId}/report.html", I + "/report.html", EnumSet.of(INSPECTOR, GD_OFFICER)),
            row("GET", "/api/v1/inspections/{inspectionId}/as-of/filings/{filingId}", I + "/as-of/filings/matrix-none",
                    EnumSet.of(INSPECTOR)),
            row("GET", "/api/v1/inspections/{inspectionId}/as-of/queue", I + "/as-of/queue", EnumSet.of(INSPECTOR)),
            row("GET", "/api/v1/filings/{filingId}/access-log", F + "/access-log", EnumSet.of(APPLICANT)),
            // statistics (A12, A22(d), A28(c); issue 20, ADR 1100): the reports by who reads them, the scorecard public
            row("GET", "/api/v1/statistics/progress", "/api/v1/statistics/progress", EnumSet.of(CENTER_HEAD, GD_OFFICER, ADMIN)),
            row("GET", "/api/v1/statistics/offices/evaluation", "/api/v1/statistics/offices/evaluation",
                    EnumSet.of(CENTER_HEAD, GD_OFFICER, ADMIN)),
            row("GET", "/api/v1/statistics/offices/performance", "/api/v1/statistics/offices/performance",
                    EnumSet.of(INSPECTOR, GD_OFFICER, ADMIN)),
            publicRow("GET", "/api/v1/statistics/scorecard", "/api/v1/statistics/scorecard"),
            publicPage("GET", "/scorecard", "/scorecard"),
            page("GET", "/statistics", "/statistics", EnumSet.of(CENTER_HEAD, GD_OFFICER, ADMIN)),
            // the Kanoons and the Council (issue 18; issue 17 item 4: A23, A25-A28; ADR 1300)
            row("POST", "/api/v1/kanoons", "/api/v1/kanoons", EnumSet.of(CENTER_HEAD)),
            row("GET", "/api/v1/kanoons", "/api/v1/kanoons", SIGNED_IN),
            row("GET", "/api/v1/kanoons/{kanoonId}/board", K + "/board",
                    EnumSet.of(KANOON_BOARD_MEMBER, GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, INSPECTOR, ADMIN)),
            row("POST", "/api/v1/kanoons/{kanoonId}/board/proposals", K + "/board/proposals",
                    EnumSet.of(OFFICE_MANAGER, COUNCIL_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/board/proposals/{proposalId}/decision",
                    K + "/board/proposals/KBP-NONE/decision", EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/kanoons/{kanoonId}/board/representatives", K + "/board/representatives",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD)),
            row("POST", "/api/v1/kanoons/{kanoonId}/board/members/{nationalCode}/reappointment",
                    K + "/board/members/0012345679/reappointment", EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/kanoons/{kanoonId}/board/members/{nationalCode}/ending",
                    K + "/board/members/0012345679/ending", EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/kanoons/{kanoonId}/roster", K + "/roster", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/inspection-orders", K + "/inspection-orders",
                    EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/council/proposals", "/api/v1/council/proposals", EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/council/proposals/{proposalId}/decision", "/api/v1/council/proposals/CP-NONE/decision",
                    EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/council/members/{nationalCode}/ending", "/api/v1/council/members/0012345679/ending",
                    EnumSet.of(CENTER_HEAD)),
            row("GET", "/api/v1/council", "/api/v1/council",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, KANOON_BOARD_MEMBER, ADMIN)),
            row("GET", "/api/v1/inspection-reports", "/api/v1/inspection-reports", EnumSet.of(GD_OFFICER)),
            row("GET", "/api/v1/offices/{officeId}/inspection-requests", O + "/inspection-requests",
                    plus(OFFICE, GD_OFFICER, ADMIN, INSPECTOR)),
            // pages (issue 15): public, then each role's own
            publicPage("GET", "/", "/"),
            publicPage("GET", "/status", "/status"),
            publicPage("POST", "/status", "/status"),
            publicPage("GET", "/login", "/login"),
            publicPage("GET", "/lang/{language}", "/lang/en?back=/"),
            // the refusal page itself: a 403 for everyone, signed in or not
            page("GET", "/denied", "/denied", NOBODY),
            page("GET", "/home", "/home", SIGNED_IN),
            // pages: the applicant's (A5, A7, A8, A12)
            page("GET", "/my", "/my", EnumSet.of(APPLICANT)),
            page("GET", "/my/filings", "/my/filings", EnumSet.of(APPLICANT)),
            page("GET", "/my/filings/{filingId}", "/my/filings/matrix-none", EnumSet.of(APPLICANT)),
            page("POST", "/my/filings/{filingId}/contact-details", "/my/filings/matrix-none/contact-details",
                    EnumSet.of(APPLICANT)),
            page("GET", "/my/filings/{filingId}/readers", "/my/filings/matrix-none/readers", EnumSet.of(APPLICANT)),
            page("GET", "/my/notices", "/my/notices", EnumSet.of(APPLICANT)),
            page("GET", "/my/notices/{noticeId}", "/my/notices/matrix-none", EnumSet.of(APPLICANT)),
            page("POST", "/my/notices/{noticeId}/view", "/my/notices/matrix-none/view", EnumSet.of(APPLICANT)),
            // pages (issue 15): GD / admin: the offices' list (API) and the pages under /admin; the offices for the
            // General Directorate and administrators, projections, alerts and the ledger for administrators only
            row("GET", "/api/v1/offices", "/api/v1/offices", plus(OFFICE, GD_OFFICER, ADMIN, INSPECTOR)),
            page("GET", "/admin", "/admin", EnumSet.of(GD_OFFICER, ADMIN)),
            page("GET", "/admin/offices", "/admin/offices", EnumSet.of(GD_OFFICER, ADMIN)),
            page("GET", "/admin/offices/{officeId}", "/admin/offices/OFF-MATRIX", EnumSet.of(GD_OFFICER, ADMIN)),
            page("POST", "/admin/offices/{officeId}/staff", "/admin/offices/OFF-MATRIX/staff", EnumSet.of(GD_OFFICER, ADMIN)),
            page("POST", "/admin/offices/{officeId}/staff/end", "/admin/offices/OFF-MATRIX/staff/end",
                    EnumSet.of(GD_OFFICER, ADMIN)),
            page("POST", "/admin/offices/{officeId}/minimum-staffing", "/admin/offices/OFF-MATRIX/minimum-staffing",
                    EnumSet.of(GD_OFFICER, ADMIN)),
            page("GET", "/admin/projections", "/admin/projections", EnumSet.of(ADMIN)),
            page("POST", "/admin/projections/rebuild", "/admin/projections/rebuild?only=matrix-none", EnumSet.of(ADMIN)),
            page("GET", "/admin/projections/rebuild/progress", "/admin/projections/rebuild/progress", EnumSet.of(ADMIN)),
            page("GET", "/admin/alerts", "/admin/alerts", EnumSet.of(ADMIN)),
            page("POST", "/admin/alerts/{attemptId}/retry", "/admin/alerts/matrix-none/retry", EnumSet.of(ADMIN)),
            page("GET", "/admin/ledger", "/admin/ledger", EnumSet.of(ADMIN)),
            page("POST", "/admin/ledger/checkpoints", "/admin/ledger/checkpoints", EnumSet.of(ADMIN)),
            // issue 22: the holidays deadlines use
            page("GET", "/admin/holidays", "/admin/holidays?year=1405", EnumSet.of(ADMIN)),
            page("POST", "/admin/holidays/{year}", "/admin/holidays/1405", EnumSet.of(ADMIN)),
            // pages (issue 15): inspector (A28, A33, A37)
            page("GET", "/inspector", "/inspector", EnumSet.of(INSPECTOR)),
            page("GET", "/inspector/inspections", "/inspector/inspections", EnumSet.of(INSPECTOR)),
            page("POST", "/inspector/inspections", "/inspector/inspections", EnumSet.of(INSPECTOR)),
            page("GET", "/inspector/inspections/{inspectionId}", "/inspector/inspections/matrix-none", EnumSet.of(INSPECTOR)),
            page("GET", "/inspector/inspections/{inspectionId}/replay", "/inspector/inspections/matrix-none/replay",
                    EnumSet.of(INSPECTOR)),
            page("GET", "/inspector/inspections/{inspectionId}/replay/result",
                    "/inspector/inspections/matrix-none/replay/result", EnumSet.of(INSPECTOR)),
            page("GET", "/inspector/inspections/{inspectionId}/report.html", "/inspector/inspections/matrix-none/report.html",
                    EnumSet.of(INSPECTOR)),
            page("GET", "/inspector/inspections/{inspectionId}/findings/{findingId}",
                    "/inspector/inspections/matrix-none/findings/f-1", EnumSet.of(INSPECTOR)),
            page("POST", "/inspector/inspections/{inspectionId}/findings/{findingId}/acceptance",
                    "/inspector/inspections/matrix-none/findings/f-1/acceptance", EnumSet.of(INSPECTOR)),
            page("POST", "/inspector/inspections/{inspectionId}/findings/{findingId}/dismissal",
                    "/inspector/inspections/matrix-none/findings/f-1/dismissal", EnumSet.of(INSPECTOR)),
            page("GET", "/inspector/inspections/{inspectionId}/as-of", "/inspector/inspections/matrix-none/as-of",
                    EnumSet.of(INSPECTOR)),
            // pages (issue 15): court staff (A8, A13), and the API endpoint of their incoming list
            row("GET", "/api/v1/filings/incoming", "/api/v1/filings/incoming", EnumSet.of(COURT_STAFF)),
            page("GET", "/court", "/court", EnumSet.of(COURT_STAFF)),
            page("GET", "/court/filings/{filingId}", "/court/filings/matrix-none", EnumSet.of(COURT_STAFF)),
            page("POST", "/court/filings/{filingId}/case-registration", "/court/filings/matrix-none/case-registration",
                    EnumSet.of(COURT_STAFF)),
            page("POST", "/court/filings/{filingId}/return", "/court/filings/matrix-none/return", EnumSet.of(COURT_STAFF)),
            page("GET", "/court/filings/{filingId}/history", "/court/filings/matrix-none/history", EnumSet.of(COURT_STAFF)),
            page("GET", "/court/filings/{filingId}/history.csv", "/court/filings/matrix-none/history.csv",
                    EnumSet.of(COURT_STAFF)),
            page("GET", "/court/filings/{filingId}/notices", "/court/filings/matrix-none/notices", EnumSet.of(COURT_STAFF)),
            page("POST", "/court/filings/{filingId}/notices", "/court/filings/matrix-none/notices", EnumSet.of(COURT_STAFF)),
            page("POST", "/court/filings/{filingId}/notices/{noticeId}/deposit",
                    "/court/filings/matrix-none/notices/matrix-none/deposit", EnumSet.of(COURT_STAFF)),
            // pages: the office counter (A5-A7); a document's conformity is the legal expert's verdict
            page("GET", "/office", "/office", OFFICE),
            page("POST", "/office/filings", "/office/filings", OFFICE),
            page("GET", "/office/filings/{filingId}", "/office/filings/matrix-none", OFFICE),
            page("POST", "/office/filings/{filingId}/identity-verification",
                    "/office/filings/matrix-none/identity-verification", OFFICE),
            page("POST", "/office/filings/{filingId}/documents", "/office/filings/matrix-none/documents", OFFICE),
            page("POST", "/office/filings/{filingId}/applicant-confirmation",
                    "/office/filings/matrix-none/applicant-confirmation", OFFICE),
            page("POST", "/office/filings/{filingId}/court-fee/assessment",
                    "/office/filings/matrix-none/court-fee/assessment", OFFICE),
            page("POST", "/office/filings/{filingId}/court-fee/payment", "/office/filings/matrix-none/court-fee/payment",
                    OFFICE),
            page("POST", "/office/filings/{filingId}/documents/{documentId}/conformity",
                    "/office/filings/matrix-none/documents/d-1/conformity", EnumSet.of(OFFICE_LEGAL_EXPERT)),
            page("POST", "/office/filings/{filingId}/contact-details", "/office/filings/matrix-none/contact-details",
                    OFFICE),
            page("POST", "/office/filings/{filingId}/notification-undertaking",
                    "/office/filings/matrix-none/notification-undertaking", OFFICE),
            page("POST", "/office/filings/{filingId}/tracking-code", "/office/filings/matrix-none/tracking-code", OFFICE),
            page("POST", "/office/filings/{filingId}/submission", "/office/filings/matrix-none/submission", OFFICE),
            page("GET", "/office/filings/{filingId}/confirmation", "/office/filings/matrix-none/confirmation", OFFICE),
            // official holiday lists and provisional lunar holidays (issue 22, ADR 0800)
            row("POST", "/api/v1/admin/holidays/{year}", "/api/v1/admin/holidays/1405", EnumSet.of(ADMIN)),
            row("GET", "/api/v1/admin/holidays/{year}", "/api/v1/admin/holidays/1405", EnumSet.of(ADMIN)),
            // the documents themselves (issue 16, A5, A12): whoever may read the case (FilingAccess) reads its documents
            row("GET", "/api/v1/filings/{filingId}/documents/{documentId}/content", F + "/documents/d-1/content",
                    plus(OFFICE, APPLICANT, COURT_STAFF, INSPECTOR, ADMIN)),
            page("GET", "/office/filings/{filingId}/documents/{documentId}/content",
                    "/office/filings/matrix-none/documents/d-1/content", OFFICE),
            // a filing's documents listed, and read from the court's and the applicant's pages
            row("GET", "/api/v1/filings/{filingId}/documents", F + "/documents",
                    plus(OFFICE, APPLICANT, COURT_STAFF, INSPECTOR, ADMIN)),
            page("GET", "/court/filings/{filingId}/documents/{documentId}/content",
                    "/court/filings/matrix-none/documents/d-1/content", EnumSet.of(COURT_STAFF)),
            page("GET", "/my/filings/{filingId}/documents/{documentId}/content",
                    "/my/filings/matrix-none/documents/d-1/content", EnumSet.of(APPLICANT)),
            // signed receipts (issue 21, ADR 1000): whoever may read the case; the keys and the check are public
            row("GET", "/api/v1/filings/{filingId}/receipts/office-confirmation", F + "/receipts/office-confirmation",
                    plus(OFFICE, APPLICANT, COURT_STAFF, INSPECTOR, ADMIN)),
            row("GET", "/api/v1/filings/{filingId}/receipts/payments", F + "/receipts/payments",
                    plus(OFFICE, APPLICANT, COURT_STAFF, INSPECTOR, ADMIN)),
            row("GET", "/api/v1/notices/{noticeId}/receipts/proof-of-service", N + "/receipts/proof-of-service",
                    EnumSet.of(COURT_STAFF, APPLICANT, ADMIN)),
            publicRow("GET", "/.well-known/daftar-keys.json", "/.well-known/daftar-keys.json"),
            publicRow("POST", "/api/v1/receipts/verify", "/api/v1/receipts/verify"),
            page("GET", "/receipts/filings/{filingId}/office-confirmation", "/receipts/filings/matrix-none/office-confirmation",
                    plus(OFFICE, APPLICANT, COURT_STAFF, INSPECTOR, ADMIN)),
            page("GET", "/receipts/filings/{filingId}/payments/{n}", "/receipts/filings/matrix-none/payments/1",
                    plus(OFFICE, APPLICANT, COURT_STAFF, INSPECTOR, ADMIN)),
            page("GET", "/receipts/notices/{noticeId}/proof-of-service", "/receipts/notices/matrix-none/proof-of-service",
                    EnumSet.of(COURT_STAFF, APPLICANT, ADMIN)),
            publicPage("GET", "/receipts/verify", "/receipts/verify"),
            publicPage("POST", "/receipts/verify", "/receipts/verify"),
            // discipline pages (issue 19, ADR 1200): the public reprimands; dockets and case records as the API reads them
            publicPage("GET", "/reprimands", "/reprimands"),
            page("GET", "/discipline", "/discipline", EnumSet.of(ActorRole.BOARD_MEMBER, GD_OFFICER, CENTER_HEAD)),
            page("GET", "/discipline/boards/{boardId}", "/discipline/boards/matrix-none",
                    EnumSet.of(ActorRole.BOARD_MEMBER, GD_OFFICER, CENTER_HEAD)),
            page("GET", "/discipline/cases/{caseId}", "/discipline/cases/matrix-none",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, ActorRole.BOARD_MEMBER, ADMIN)),
            page("POST", "/discipline/cases/{caseId}/referral", "/discipline/cases/matrix-none/referral",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD)),
            page("POST", "/discipline/cases/{caseId}/rulings", "/discipline/cases/matrix-none/rulings",
                    EnumSet.of(ActorRole.BOARD_MEMBER)),
            page("POST", "/discipline/cases/{caseId}/rulings/{rulingId}/notification",
                    "/discipline/cases/matrix-none/rulings/R-1/notification", EnumSet.of(GD_OFFICER, CENTER_HEAD)),
            // complaints (A28(e)), a Kanoon's dues and budget (A29), delegations (A30); ADR 1320: anyone signed in
            // lodges and reads a complaint (its reader is checked by the controller), the covering board acts on it
            row("POST", "/api/v1/complaints", "/api/v1/complaints", SIGNED_IN),
            row("GET", "/api/v1/complaints/reported", "/api/v1/complaints/reported", EnumSet.of(GD_OFFICER)),
            row("GET", "/api/v1/complaints/{complaintId}", "/api/v1/complaints/CMP-MATRIX-NONE", SIGNED_IN),
            row("POST", "/api/v1/complaints/{complaintId}/review", "/api/v1/complaints/CMP-MATRIX-NONE/review",
                    EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/complaints/{complaintId}/report", "/api/v1/complaints/CMP-MATRIX-NONE/report",
                    EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/complaints/{complaintId}/disciplinary-case",
                    "/api/v1/complaints/CMP-MATRIX-NONE/disciplinary-case", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/dues", K + "/dues", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/dues/{version}/opinion", K + "/dues/1/opinion", EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/dues/{version}/decision", K + "/dues/1/decision", EnumSet.of(CENTER_HEAD)),
            row("POST", "/api/v1/kanoons/{kanoonId}/dues/{version}/confirmation", K + "/dues/1/confirmation",
                    EnumSet.of(ActorRole.HEAD_OF_JUDICIARY)),
            row("POST", "/api/v1/kanoons/{kanoonId}/dues-invoices", K + "/dues-invoices", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/dues-payments", K + "/dues-payments", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/spending", K + "/spending", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/spending/{spendingId}/supervision", K + "/spending/SP-NONE/supervision",
                    EnumSet.of(GD_OFFICER)),
            row("GET", "/api/v1/kanoons/{kanoonId}/ledger", K + "/ledger",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/delegations", K + "/delegations", EnumSet.of(GD_OFFICER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/delegations/{delegationId}/withdrawal",
                    K + "/delegations/DEL-NONE/withdrawal", EnumSet.of(GD_OFFICER)),
            row("GET", "/api/v1/kanoons/{kanoonId}/delegations", K + "/delegations",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, KANOON_BOARD_MEMBER)),
            // the Kanoon board's meetings, elections and letters (issue 18, A27; ADR 1310)
            row("GET", "/api/v1/kanoons/{kanoonId}/meetings", K + "/meetings",
                    EnumSet.of(KANOON_BOARD_MEMBER, GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN)),
            row("POST", "/api/v1/kanoons/{kanoonId}/meetings", K + "/meetings", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/meetings/{meetingId}/attendance", K + "/meetings/KM-NONE/attendance",
                    EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/meetings/{meetingId}/motions", K + "/meetings/KM-NONE/motions",
                    EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/meetings/{meetingId}/elections", K + "/meetings/KM-NONE/elections",
                    EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/meetings/{meetingId}/elections/{electionId}/ballots",
                    K + "/meetings/KM-NONE/elections/E-NONE/ballots", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/meetings/{meetingId}/elections/{electionId}/closing",
                    K + "/meetings/KM-NONE/elections/E-NONE/closing", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/deputy", K + "/deputy", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/letters", K + "/letters", EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/letters/{letterId}/signatures", K + "/letters/L-NONE/signatures",
                    EnumSet.of(KANOON_BOARD_MEMBER)),
            row("POST", "/api/v1/kanoons/{kanoonId}/letters/{letterId}/issue", K + "/letters/L-NONE/issue",
                    EnumSet.of(KANOON_BOARD_MEMBER)),
            page("GET", "/kanoon/{kanoonId}/meetings", "/kanoon/kanoon-matrix-none/meetings", EnumSet.of(KANOON_BOARD_MEMBER)),
            // an office's record as of any instant and the GD's work queue (ADR 0930)
            row("GET", "/api/v1/offices/{officeId}/record", O + "/record", EnumSet.of(OFFICE_MANAGER, GD_OFFICER, ADMIN)),
            row("GET", "/api/v1/office-work-queue", "/api/v1/office-work-queue", EnumSet.of(GD_OFFICER, CENTER_HEAD, ADMIN)),
            // governance pages (issues 17, 18): the establishment of offices (A14, A22(a); ADR 0920)
            row("GET", "/api/v1/office-calls", "/api/v1/office-calls", EnumSet.of(GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN)),
            page("GET", "/governance/office-calls", "/governance/office-calls",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN)),
            page("POST", "/governance/office-calls", "/governance/office-calls", EnumSet.of(GD_OFFICER)),
            page("GET", "/governance/office-calls/{callId}", "/governance/office-calls/CALL-NONE",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN)),
            page("POST", "/governance/office-calls/{callId}/applications", "/governance/office-calls/CALL-NONE/applications",
                    EnumSet.of(GD_OFFICER)),
            page("GET", "/governance/office-calls/{callId}/applications/{applicationId}",
                    "/governance/office-calls/CALL-NONE/applications/APP-NONE",
                    EnumSet.of(GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN)),
            page("POST", "/governance/office-calls/{callId}/applications/{applicationId}/vetting",
                    "/governance/office-calls/CALL-NONE/applications/APP-NONE/vetting", EnumSet.of(GD_OFFICER)),
            page("POST", "/governance/office-calls/{callId}/applications/{applicationId}/proposal",
                    "/governance/office-calls/CALL-NONE/applications/APP-NONE/proposal", EnumSet.of(GD_OFFICER)),
            page("POST", "/governance/office-calls/{callId}/applications/{applicationId}/decision",
                    "/governance/office-calls/CALL-NONE/applications/APP-NONE/decision", EnumSet.of(CENTER_HEAD)),
            page("POST", "/governance/office-calls/{callId}/applications/{applicationId}/manager",
                    "/governance/office-calls/CALL-NONE/applications/APP-NONE/manager", EnumSet.of(CENTER_HEAD)),
            // governance pages: office licences (A22(b), A24; ADR 0900)
            page("GET", "/governance/licences", "/governance/licences", EnumSet.of(COUNCIL_MEMBER, GD_OFFICER, CENTER_HEAD, ADMIN)),
            page("GET", "/governance/offices/{officeId}/licence", "/governance/offices/OFF-MATRIX/licence",
                    EnumSet.of(COUNCIL_MEMBER, GD_OFFICER, CENTER_HEAD, ADMIN)),
            page("POST", "/governance/offices/{officeId}/licence/decisions", "/governance/offices/OFF-MATRIX/licence/decisions",
                    EnumSet.of(COUNCIL_MEMBER)),
            page("POST", "/governance/offices/{officeId}/licence/decisions/{decisionId}/opinion",
                    "/governance/offices/OFF-MATRIX/licence/decisions/LIC-NONE/opinion", EnumSet.of(GD_OFFICER)),
            page("POST", "/governance/offices/{officeId}/licence/decisions/{decisionId}/decision",
                    "/governance/offices/OFF-MATRIX/licence/decisions/LIC-NONE/decision", EnumSet.of(CENTER_HEAD)),
            // governance pages: office service fee schedules (A22(c), A24; ADR 0921)
            page("GET", "/governance/fee-schedules", "/governance/fee-schedules",
                    EnumSet.of(COUNCIL_MEMBER, GD_OFFICER, CENTER_HEAD, ActorRole.HEAD_OF_JUDICIARY, ADMIN)),
            page("POST", "/governance/fee-schedules", "/governance/fee-schedules", EnumSet.of(COUNCIL_MEMBER)),
            page("POST", "/governance/fee-schedules/{version}/opinion", "/governance/fee-schedules/999999/opinion",
                    EnumSet.of(GD_OFFICER)),
            page("POST", "/governance/fee-schedules/{version}/decision", "/governance/fee-schedules/999999/decision",
                    EnumSet.of(CENTER_HEAD)),
            page("POST", "/governance/fee-schedules/{version}/confirmation", "/governance/fee-schedules/999999/confirmation",
                    EnumSet.of(ActorRole.HEAD_OF_JUDICIARY)),
            // governance pages: the Kanoons (A25, A26, A28; ADR 1300)
            page("GET", "/governance/kanoons", "/governance/kanoons",
                    EnumSet.of(KANOON_BOARD_MEMBER, GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN)),
            page("GET", "/governance/kanoons/{kanoonId}", "/governance/kanoons/kanoon-matrix-none",
                    EnumSet.of(KANOON_BOARD_MEMBER, GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN)));

    @LocalServerPort
    int port;

    /** One signed-in browser per role (and one anonymous one per call), each its own client of the status page. */
    private final Map<ActorRole, PageClient> browsers = new EnumMap<>(ActorRole.class);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private final AtomicInteger client = new AtomicInteger();

    @Test
    void every_endpoint_the_application_serves_has_a_row_in_the_table() {
        Set<String> served = new TreeSet<>();
        handlers.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String normalized = withoutRegex(pattern);
                if (methods.isEmpty()) {
                    served.add("GET " + normalized); // an any-method mapping (the error page): GET is the one we answer
                } else {
                    methods.forEach(m -> served.add(m.name() + " " + normalized));
                }
            }
        });
        Set<String> listed = new TreeSet<>();
        TABLE.forEach(r -> listed.add(r.key()));
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(listed);
        assertThat(missing).as("endpoints without an access rule in AccessMatrixIT.TABLE").isEmpty();
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(served);
        stale.removeIf(k -> k.contains("/actuator/") || k.contains("/swagger-ui/"));
        assertThat(stale).as("rows in AccessMatrixIT.TABLE for endpoints that no longer exist").isEmpty();
    }

    /** "/x/{id:[a-z]{1,4}}/y" becomes "/x/{id}/y". */
    private static String withoutRegex(String pattern) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean skipping = false;
        for (char ch : pattern.toCharArray()) {
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
                if (depth == 0) {
                    skipping = false;
                    out.append('}');
                    continue;
                }
            } else if (ch == ':' && depth == 1) {
                skipping = true;
            }
            if (!skipping) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_times_every_role_and_anonymous() {
        return TABLE.stream().map(row -> DynamicTest.dynamicTest(row.key(), () -> {
            List<String> wrong = new ArrayList<>();
            check(row, null, row.anonymous(), wrong);
            for (ActorRole role : TestAccounts.ROLES) {
                check(row, role, row.roles().contains(role), wrong);
            }
            assertThat(wrong).as(row.key()).isEmpty();
        }));
    }

    private void check(Row row, ActorRole role, boolean allowed, List<String> wrong) {
        if (row.page()) {
            checkPage(row, role, allowed, wrong);
            return;
        }
        String user = role == null ? null : TestAccounts.username(role);
        String body = row.method() == HttpMethod.POST || row.method() == HttpMethod.PUT ? "{}" : null;
        // each call its own client, so that the status lookup's rate limit does not get in the way
        int status = api.call(user, row.method(), row.sample(), body,
                Map.of("X-Forwarded-For", "10.77." + (client.get() / 250) + "." + (client.incrementAndGet() % 250))).status();
        boolean denied = status == 401 || status == 403;
        if (allowed == denied) {
            wrong.add((role == null ? "anonymous" : role.name()) + " expected " + (allowed ? "allowed" : "denied")
                    + " but got " + status);
        }
        if (!allowed && role == null && status != 401) {
            wrong.add("anonymous must get 401 (got " + status + ")");
        }
    }

    private void checkPage(Row row, ActorRole role, boolean allowed, List<String> wrong) {
        String address = "10.78." + (client.get() / 250) + "." + (client.incrementAndGet() % 250);
        PageClient browser = role == null ? new PageClient(port, address)
                : browsers.computeIfAbsent(role, r -> new PageClient(port, "10.79.0." + r.ordinal())
                        .signIn(TestAccounts.username(r), ApiClient.PASSWORD));
        PageClient.Page answer = row.method() == HttpMethod.POST ? browser.post(row.sample(), Map.of())
                : browser.get(row.sample());
        boolean toSignIn = answer.status() == 302 && answer.location() != null && answer.location().contains("/login");
        boolean denied = answer.status() == 403 || toSignIn;
        if (allowed == denied) {
            wrong.add((role == null ? "anonymous" : role.name()) + " expected " + (allowed ? "allowed" : "denied")
                    + " but got " + answer.status() + (answer.location() == null ? "" : " to " + answer.location()));
        }
        if (!allowed && role == null && !toSignIn && !"/denied".equals(row.pattern())) {
            wrong.add("anonymous must be sent to sign in (got " + answer.status() + ")");
        }
    }
}
