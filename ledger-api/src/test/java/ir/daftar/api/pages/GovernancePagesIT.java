package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.KanoonOrders;
import ir.daftar.api.it.TestAccounts;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.ActorRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpMethod;

/**
 * The governance pages in a real browser (issue 18): an office's licence decisions with the Council's proposal, the
 * GD's opinion and the Center head's decision side by side; the fee schedule's versions with their chain state and
 * the four steps; the Kanoons with the provinces and offices each covers, a board's terms and its orders; each act
 * offered only to its role.
 */
class GovernancePagesIT extends BrowserTest {

    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String JUDICIARY = TestAccounts.username(ActorRole.HEAD_OF_JUDICIARY);
    private static final String FEES = "/api/v1/office-fee-schedules";
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private void signOut() {
        browser.findElement(By.cssSelector("header form button")).click();
        waiting.until(d -> d.getCurrentUrl().contains("/login"));
    }

    private void awaitDone(String text) {
        waiting.until(d -> d.findElements(By.cssSelector(".done")).stream().anyMatch(e -> e.getText().equals(text)));
    }

    /** A table cell's text even when the table scrolls it out of a phone's width. */
    private String cell(String css) {
        return browser.findElement(By.cssSelector(css)).getAttribute("textContent").replaceAll("\\s+", " ").strip();
    }

    private void awaitProblem() {
        waiting.until(d -> !d.findElements(By.cssSelector(".problem[role=alert]")).isEmpty());
    }

    @Test
    void the_council_proposes_the_general_directorate_opines_and_the_center_head_issues_a_licence() {
        String office = "OFF-LP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String decision = "LIC-" + office.substring(7);
        api.ok(TestAccounts.username(ActorRole.ADMIN), HttpMethod.POST, "/api/v1/offices", Map.of("officeId", office,
                "name", "دفتر آزمون پروانه", "origin", "NEW", "province", "یزد", "city", "یزد", "licenceRequired", true));

        // the Council member finds the office by its id: no licence yet
        signIn(COUNCIL);
        open("/governance/licences");
        assertThat(browser.findElements(By.cssSelector("#offices"))).isEmpty();
        type("officeId", office);
        submit("#find");
        waiting.until(d -> d.getCurrentUrl().endsWith("/governance/offices/" + office + "/licence"));
        assertThat(text("#condition")).isEqualTo("پروانه‌ای صادر نشده است؛ دفتر پرونده نمی‌پذیرد (ماده ۲۲).");
        assertThat(browser.findElements(By.id("opinion"))).isEmpty();

        // A24: an expiry in the past is refused with its article, the form kept
        type("decisionId", decision);
        new Select(browser.findElement(By.id("kind"))).selectByValue("ISSUE");
        type("until", "۱۴۰۰/۰۱/۰۱");
        type("councilSession", "جلسه ۱۲ شورای مشورتی");
        type("reasons", "احراز شرایط متقاضی");
        submit("#propose");
        awaitProblem();
        assertThat(text(".problem[role=alert] .detail"))
                .isEqualTo("شرایط تصمیم ناقص یا در گذشته است: تاریخ انقضا، پایان تعلیق یا نشانی جدید (ماده ۲۴).");
        assertThat(browser.findElement(By.id("councilSession")).getAttribute("value")).isEqualTo("جلسه ۱۲ شورای مشورتی");
        type("until", "۱۴۱۰/۰۱/۰۱");
        submit("#propose");
        awaitDone("پیشنهاد شورا ثبت شد و برای نظر اداره کل فرستاده شد.");
        String row = "#decisions tr[data-decision='" + decision + "']";
        assertThat(text(row + " th")).contains("صدور پروانه", "۱۴۱۰/۰۱/۰۱");
        assertThat(browser.findElement(By.cssSelector(row + " th time")).getAttribute("title")).startsWith("2031-03-21");
        assertThat(cell(row + " .proposal")).contains("جلسه ۱۲ شورای مشورتی", "دلایل: احراز شرایط متقاضی", "عضو شورا");
        assertThat(cell(row + " .opinion")).isEqualTo("هنوز نه");
        check("gov-licence-proposed");
        signOut();

        // the General Directorate: from its start page to the offices, to this office's licence
        signIn("gd");
        browser.findElement(By.cssSelector("#governance a[href='/governance/licences']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/governance/licences"));
        browser.findElement(By.cssSelector("#offices a[href='/governance/offices/" + office + "/licence']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/licence"));
        assertThat(browser.findElements(By.id("propose"))).isEmpty();
        assertThat(browser.findElements(By.id("decide"))).isEmpty();
        // a disagreement states its reasons (A24)
        browser.findElement(By.id("agrees-false")).click();
        submit("#opinion");
        awaitProblem();
        assertThat(text(".problem[role=alert] .detail")).contains("(ماده ۲۴)");
        assertThat(browser.findElement(By.id("agrees-false")).isSelected()).isTrue();
        check("gov-licence-opinion-refused");
        browser.findElement(By.id("agrees-true")).click();
        type("opinionReasons", "مدارک کامل است");
        submit("#opinion");
        awaitDone("نظر اداره کل ثبت شد و برای تصمیم رئیس مرکز فرستاده شد.");
        assertThat(cell(row + " .opinion")).contains("موافق", "دلایل: مدارک کامل است", "کارشناس اداره کل");
        assertThat(browser.findElements(By.id("opinion"))).isEmpty();
        signOut();

        // the Center head decides: the licence is in force until 1410/01/01
        signIn(HEAD);
        open("/governance/offices/" + office + "/licence");
        assertThat(browser.findElements(By.id("propose"))).isEmpty();
        assertThat(text("#decide-title")).isEqualTo("تصمیم دربارهٔ پیشنهاد صدور پروانه");
        browser.findElement(By.id("approved-true")).click();
        submit("#decide");
        awaitDone("تصمیم رئیس مرکز ثبت شد.");
        assertThat(text("#condition")).isEqualTo("پروانه معتبر است.");
        assertThat(text("#licence-facts")).contains("پایان اعتبار", "۱۴۱۰/۰۱/۰۱");
        assertThat(cell(row + " .decision")).contains("تأیید شد", "رئیس مرکز");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        check("gov-licence-issued");

        // English by the switch
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(text("#condition")).isEqualTo("The licence is in force.");
        assertThat(text(row + " th")).contains("Issue the licence", "1410/01/01");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }

    @Test
    void a_fee_schedule_version_goes_from_the_council_to_the_head_of_the_judiciary_on_the_page() {
        // the schedules are one stream for the whole database: close a version an earlier run left open, and propose
        // the next one from a day after every earlier version's
        JsonNode versions = api.ok(COUNCIL, HttpMethod.GET, FEES, null).body().path("versions");
        LocalDate from = LocalDate.now(TEHRAN).plusDays(2);
        for (JsonNode v : versions) {
            LocalDate after = Instant.parse(v.path("effectiveFrom").asText()).atZone(TEHRAN).toLocalDate().plusDays(1);
            from = after.isAfter(from) ? after : from;
        }
        if (!versions.isEmpty()) {
            closeIfOpen(versions.get(versions.size() - 1));
        }
        int version = versions.size() + 1;
        String day = JalaliDate.of(from).toString();
        String row = "#versions tr[data-version='" + version + "']";

        signIn(COUNCIL);
        open("/governance/fee-schedules");
        assertThat(text("#propose-title")).isEqualTo("پیشنهاد نسخهٔ " + persian(version) + " (ماده ۲۴)");
        assertThat(browser.findElements(By.cssSelector("#step form"))).isEmpty();
        // a line without an amount is refused beside the fees, the form kept
        type("effectiveFrom", persian(day));
        type("fees", "PETITION_FILING ۲۵۰۰۰۰\nDOCUMENT_PAGE");
        type("councilSession", "جلسه ۱۴ شورای مشورتی");
        type("reasons", "تورم سالانه");
        submit("#propose");
        awaitProblem();
        assertThat(text("#fees-error")).isEqualTo("نامعتبر است");
        assertThat(browser.findElement(By.id("councilSession")).getAttribute("value")).isEqualTo("جلسه ۱۴ شورای مشورتی");
        check("gov-fees-refused");
        type("fees", "PETITION_FILING ۲۵۰۰۰۰\nDOCUMENT_PAGE 20,000");
        submit("#propose");
        awaitDone("پیشنهاد تعرفه ثبت شد و برای نظر اداره کل فرستاده شد.");
        assertThat(text(row + " th")).contains("نسخهٔ " + persian(version), "در انتظار نظر اداره کل", persian(day),
                "PETITION_FILING", "۲۵۰٬۰۰۰ ریال", "۲۰٬۰۰۰ ریال");
        assertThat(cell(row + " .proposal")).contains("جلسه ۱۴ شورای مشورتی", "تورم سالانه", "عضو شورا");
        assertThat(browser.findElements(By.id("propose"))).isEmpty();
        signOut();

        // the General Directorate gives its opinion; the other acts are not its own
        signIn("gd");
        browser.findElement(By.cssSelector("#governance a[href='/governance/fee-schedules']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/governance/fee-schedules"));
        assertThat(text("#step-title")).isEqualTo("نظر دربارهٔ نسخهٔ " + persian(version));
        browser.findElement(By.id("agrees-true")).click();
        submit("#opinion");
        awaitDone("نظر اداره کل ثبت شد.");
        assertThat(text(row + " .state")).isEqualTo("در انتظار تصویب رئیس مرکز");
        assertThat(cell(row + " .opinion")).contains("موافق", "کارشناس اداره کل");
        assertThat(browser.findElements(By.cssSelector("#step form"))).isEmpty();
        signOut();

        // the Center head approves
        signIn(HEAD);
        open("/governance/fee-schedules");
        browser.findElement(By.id("approved-true")).click();
        type("stepReasons", "متناسب با هزینه‌ها");
        submit("#decision");
        awaitDone("تصمیم رئیس مرکز ثبت شد.");
        assertThat(text(row + " .state")).isEqualTo("در انتظار تأیید رئیس قوه قضاییه");
        check("gov-fees-approved");
        signOut();

        // the Head of the Judiciary confirms: in force from its day
        signIn(JUDICIARY);
        open("/governance/fee-schedules");
        assertThat(text("#step-title")).isEqualTo("تأیید نسخهٔ " + persian(version));
        browser.findElement(By.id("confirmed-true")).click();
        submit("#confirmation");
        awaitDone("تصمیم رئیس قوه قضاییه ثبت شد.");
        assertThat(text(row + " .state")).isEqualTo("تأییدشده، از تاریخ خود اجرا می‌شود");
        assertThat(cell(row + " .confirmation")).contains("تأیید شد", "رئیس قوه قضاییه");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        check("gov-fees-confirmed");

        // English by the switch
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(text(row + " .state")).isEqualTo("Confirmed, in force from its date");
        assertThat(text(row + " th")).contains("Version " + version, "250,000 rials");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }

    @Test
    void a_board_member_and_the_general_directorate_read_the_kanoons_their_coverage_board_and_orders() {
        // Tehran's Kanoon with a member on its board, an inspector on its roster and an order to inspect OFF-1001
        String inspector = "0511111118";
        String order = KanoonOrders.order(api, "PERIODIC", "OFF-1001", "2025-03-21T00:00:00Z", "2025-09-22T00:00:00Z",
                List.of(inspector));

        signIn(TestAccounts.username(ActorRole.KANOON_BOARD_MEMBER));
        open("/governance/kanoons");
        assertThat(text("h1")).isEqualTo("کانون‌های دفاتر");
        String tehran = "#kanoons tr[data-kanoon='kanoon-tehran']";
        assertThat(text(tehran + " th")).contains("کانون تهران");
        assertThat(text(tehran + " li[data-province='tehran']")).isEqualTo("تهران (استان کانون)");
        // Alborz has no Kanoon of its own: Tehran's is the nearest
        assertThat(text("#provinces tr[data-province='alborz']")).contains("البرز", "کرج", "kanoon-tehran", "(نزدیک‌ترین کانون)");
        // a board member does not list the offices (the offices' API does not let it)
        assertThat(browser.findElements(By.cssSelector(".covered-offices"))).isEmpty();

        browser.findElement(By.cssSelector(tehran + " th a")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/governance/kanoons/kanoon-tehran"));
        assertThat(text("h1")).isEqualTo("کانون تهران");
        assertThat(texts("#seats tbody tr")).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#seats time")))
                .allMatch(t -> t.getText().matches("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2}") && t.getAttribute("title").matches("20[0-9]{2}-[0-9]{2}-[0-9]{2}"));
        assertThat(texts("#roster li")).contains(persian(inspector));
        String row = "#orders tr[data-order='" + order + "']";
        assertThat(cell(row)).contains("بازرسی ادواری", "OFF-۱۰۰۱", "۱۴۰۴/۰۱/۰۱", "۱۴۰۴/۰۶/۳۱", persian(inspector));
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        check("gov-kanoon-board");

        // English by the switch
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(text("h1")).isEqualTo("Kanoon of Tehran");
        assertThat(cell(row)).contains("Periodic", "OFF-1001", "1404/01/01");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        signOut();

        // the General Directorate also sees the offices each Kanoon covers
        signIn("gd");
        browser.findElement(By.cssSelector("#governance a[href='/governance/kanoons']")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/governance/kanoons"));
        assertThat(cell(tehran + " .covered-offices")).contains("OFF-۱۰۰۱", "دفتر خدمات الکترونیک قضایی ۱۰۰۱ تهران");
        check("gov-kanoons");
    }

    /** Ends a version an earlier run left in the middle of its chain, by refusing it at its next step. */
    private void closeIfOpen(JsonNode v) {
        String base = FEES + "/" + v.path("version").asInt();
        if (v.path("opinion").isNull() || v.path("opinion").isMissingNode()) {
            api.ok(GD, HttpMethod.POST, base + "/opinion", Map.of("agrees", true));
            api.ok(HEAD, HttpMethod.POST, base + "/decision", Map.of("approved", false, "reasons", "پایان آزمون"));
        } else if (v.path("decision").isNull() || v.path("decision").isMissingNode()) {
            api.ok(HEAD, HttpMethod.POST, base + "/decision", Map.of("approved", false, "reasons", "پایان آزمون"));
        } else if (v.path("decision").path("yes").asBoolean()
                && (v.path("confirmation").isNull() || v.path("confirmation").isMissingNode())) {
            api.ok(JUDICIARY, HttpMethod.POST, base + "/confirmation", Map.of("confirmed", false, "reasons", "پایان آزمون"));
        }
    }

    private static String persian(Object digits) {
        StringBuilder out = new StringBuilder();
        String.valueOf(digits).chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }
}
