package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.api.it.DisciplineCases;
import ir.daftar.api.it.DisciplineCases.Finding;
import ir.daftar.api.it.DisciplineCases.StaffedOffice;
import ir.daftar.api.it.TestAccounts;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.filing.FilingEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Discipline in a real browser (issue 19, A34-A36): an overcharge found by an inspection becomes a case (set up
 * through the API as in DisciplineIT); the GD opens the case's record (its origin, the charge, the evidence events)
 * and refers it to the Primary Board; the board's chair, signed in, finds it on the board's docket, is refused a ruling
 * while a member is absent (A34, in Persian, with the article) and issues a reprimand of degree 4 with all present;
 * the record shows the ruling final at once and the reprimand published; a second ruling, of degree 5, is notified
 * from the GD's page with the appeal's last day in both calendars; a visitor finds the reprimand on the public list
 * from the footer, in Persian and in English.
 */
class DisciplinePagesIT extends BrowserTest {

    /** A Jalali date and time with Persian digits, e.g. ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰. */
    private static final Pattern JALALI = Pattern.compile("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");
    private static final Pattern GREGORIAN = Pattern.compile("20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}");
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String CHAIR_LOGIN = TestAccounts.BOARD_CHAIR;
    /** The board member the test accounts sign in as (its actor id): chair of this test's Primary Board. */
    private static final String CHAIR = TestAccounts.BOARD_CHAIR_ID;

    @Autowired
    private EventStore eventStore;

    @Test
    void a_finding_becomes_a_case_the_chair_reprimands_from_the_docket_and_the_reprimand_is_on_the_public_list()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        StaffedOffice office = DisciplineCases.licensedAndStaffedOffice(api, DisciplineCases.SEMNAN, "OFF-DSP-" + run);
        String from = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).toString();
        GenericDomainEventMessage<FilingEvent> rogue = DisciplineCases.plantedOvercharge(api, eventStore, office, run);
        Thread.sleep(1100);
        String to = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Finding finding = DisciplineCases.acceptedOverchargeFinding(api, DisciplineCases.SEMNAN, "inspector1",
                "0511111118", office.officeId(), from, to);
        assertThat(finding.evidence()).contains(rogue.getIdentifier());
        String primary = "BRD-PG-" + run;
        DisciplineCases.board(api, primary, "PRIMARY", CHAIR, "J2-PG-" + run, "R-PG-" + run, "KANOON_REPRESENTATIVE");
        String caseA = api.ok("inspector1", HttpMethod.POST, "/api/v1/discipline/cases", Map.of(
                "origin", "INSPECTION_FINDING", "officeId", office.officeId(), "accusedId", office.manager(),
                "inspectionId", finding.inspectionId(), "findingId", finding.findingId())).text("caseId");

        // the GD: the case's record (origin, charge, evidence), referred to the Primary Board from the page
        assertThat(signIn(GD)).isEqualTo("/admin");
        assertThat(texts("header nav a")).contains("هیأت‌های انتظامی");
        open("/discipline/cases/" + caseA);
        assertThat(text("h1")).isEqualTo("پروندهٔ انتظامی " + caseA);
        assertThat(text("#origin-kind")).isEqualTo("یافتهٔ پذیرفته‌شدهٔ بازرسی");
        assertThat(texts("#charges li")).containsExactly("بند ۱۲: دریافت وجه بیشتر از هزینه‌های تعیین‌شده");
        assertThat(texts("#evidence li")).contains(rogue.getIdentifier());
        assertThat(texts("#steps > li .step")).containsExactly("پرونده تشکیل شد");
        WebElement openedAt = browser.findElement(By.cssSelector("#steps > li time"));
        assertThat(openedAt.getText()).matches(JALALI);
        assertThat(openedAt.getAttribute("title")).matches(GREGORIAN);
        assertThat(browser.findElements(By.id("ruling-form"))).isEmpty();
        type("referral-board", primary);
        submit("#referral-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("پرونده به هیأت ارجاع شد.");
        assertThat(text("#board-link")).isEqualTo("هیأت بدوی " + primary);
        assertThat(texts("#steps > li .step")).containsExactly("پرونده تشکیل شد", "به هیأت ارجاع شد");
        check("discipline-case-referred");
        browser.manage().deleteAllCookies();

        // the chair: lands on the boards' page, opens the docket, the case waits there
        assertThat(signIn(CHAIR_LOGIN)).isEqualTo("/discipline");
        assertThat(text("h1")).isEqualTo("هیأت‌های انتظامی");
        check("discipline-start");
        type("boardId", primary);
        submit("#board-form");
        waiting.until(d -> d.getCurrentUrl().endsWith("/discipline/boards/" + primary));
        assertThat(text("h1")).isEqualTo("هیأت بدوی " + primary);
        WebElement chair = browser.findElement(By.cssSelector("#members li[data-member='" + CHAIR + "']"));
        assertThat(chair.getText()).contains("قاضی", "رئیس هیأت");
        assertThat(texts("#members li")).hasSize(3).anyMatch(t -> t.contains("نمایندهٔ کانون"));
        awaitProjections();
        browser.navigate().refresh();
        WebElement waitingCase = browser.findElement(By.cssSelector("#waiting li[data-case='" + caseA + "']"));
        assertThat(waitingCase.getText()).contains(office.officeId(), "یافتهٔ پذیرفته‌شدهٔ بازرسی", "۱۲");
        check("discipline-docket");

        // A34: a member absent, refused in Persian with the article; all present, a reprimand of degree 4
        waitingCase.findElement(By.cssSelector("a")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/discipline/cases/" + caseA));
        tick("#present", CHAIR);
        tick("#present", "J2-PG-" + run);
        tick("#in-favour", CHAIR);
        tick("#in-favour", "J2-PG-" + run);
        new Select(browser.findElement(By.id("degree"))).selectByValue("4");
        tick("#proven", "12");
        type("reasons", "دریافت وجه بیش از تعرفه مصوب با رویدادهای دفتر ثابت است");
        submit("#ruling-form");
        waiting.until(d -> !d.findElements(By.id("problem")).isEmpty());
        assertThat(text("#problem")).contains("جلسه هیأت فقط با حضور همه اعضا رسمی است (ماده ۳۴).");
        assertThat(texts("#steps > li .step")).doesNotContain("رأی صادر شد");
        assertThat(browser.findElement(By.cssSelector("#present input[value='" + CHAIR + "']")).isSelected()).isTrue();
        tick("#present", "R-PG-" + run);
        submit("#ruling-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("رأی هیأت صادر شد.");
        assertThat(browser.findElements(By.id("ruling-form"))).isEmpty();
        WebElement ruling = browser.findElement(By.cssSelector("#steps .ruling"));
        assertThat(ruling.findElement(By.cssSelector(".penalty")).getText())
                .isEqualTo("توبیخ با درج در سایت مرکز (درجهٔ ۴)");
        assertThat(ruling.findElement(By.cssSelector(".present")).getText()).isEqualTo("قاضی یکم، قاضی دوم، نماینده");
        assertThat(ruling.findElement(By.cssSelector(".in-favour")).getText()).isEqualTo("قاضی یکم، قاضی دوم");
        assertThat(text("#steps .final .basis")).isEqualTo("قطعی از هنگام صدور (درجهٔ ۱ تا ۴، مادهٔ ۳۶)");
        // the process manager publishes the reprimand (A35-4) on the case's stream
        Instant wait = Instant.now().plusSeconds(30);
        while (!texts("#steps > li .step").contains("توبیخ در سایت مرکز منتشر شد") && Instant.now().isBefore(wait)) {
            Thread.sleep(300);
            browser.navigate().refresh();
        }
        assertThat(texts("#steps > li .step")).containsExactly("پرونده تشکیل شد", "به هیأت ارجاع شد", "رأی صادر شد",
                "رأی قطعی شد", "توبیخ در سایت مرکز منتشر شد");
        check("discipline-case");
        browser.manage().deleteAllCookies();

        // A36: a second case ruled degree 5 (higher than the reprimand, A38) is notified from the GD's page: the
        // appeal's last day in the Jalali calendar and the Gregorian beside it
        String caseB = api.ok(GD, HttpMethod.POST, "/api/v1/discipline/cases", Map.of("origin", "REPORTED_VIOLATION",
                "officeId", office.officeId(), "accusedId", office.manager(), "charges", List.of(4),
                "statement", "تأخیر در ارسال مدارک")).text("caseId");
        api.ok(GD, HttpMethod.POST, "/api/v1/discipline/cases/" + caseB + "/referral", Map.of("boardId", primary));
        awaitProjections();
        Response ruled = DisciplineCases.as(api, DisciplineCases.token(CHAIR, "BOARD_MEMBER", null), HttpMethod.POST,
                "/api/v1/discipline/cases/" + caseB + "/rulings", Map.of("rulingId", "R-B-" + run,
                        "presentMemberIds", List.of(CHAIR, "J2-PG-" + run, "R-PG-" + run),
                        "inFavourIds", List.of(CHAIR, "J2-PG-" + run), "degree", 5, "suspensionMonths", 3,
                        "provenClauses", List.of(4), "reasons", "تأخیر مکرر ثابت است"));
        assertThat(ruled.status()).as(ruled.body().toString()).isEqualTo(201);
        signIn(GD);
        open("/discipline/cases/" + caseB);
        submit(".notify-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("ابلاغ رأی ثبت شد.");
        String due = DisciplineCases.step(api, caseB, "RulingNotified").path("event").path("deadline").path("dueDate")
                .asText();
        WebElement appealDue = browser.findElement(By.cssSelector("#steps .appeal-due"));
        assertThat(appealDue.findElement(By.cssSelector("strong")).getText()).matches("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2}");
        assertThat(appealDue.findElement(By.cssSelector("bdi")).getText()).isEqualTo(due);
        assertThat(browser.findElements(By.cssSelector(".notify-form"))).isEmpty();
        check("discipline-case-notified");
        browser.manage().deleteAllCookies();

        // a visitor: from the footer to the public list, the reprimand without the person's national code
        awaitProjections();
        open("/");
        browser.findElement(By.id("reprimands-link")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/reprimands"));
        assertThat(text("h1")).isEqualTo("توبیخ‌های منتشرشده");
        WebElement row = browser.findElement(By.cssSelector("#reprimands tr[data-case='" + caseA + "']"));
        assertThat(row.getText()).contains(office.officeId(), "مدیر دفتر", "۱۲").doesNotContain(office.manager());
        // (the date's column may be scrolled out of a phone's view: its text as the page holds it)
        assertThat(row.findElement(By.cssSelector("time")).getAttribute("textContent")).matches(JALALI);
        assertThat(row.findElement(By.cssSelector("time")).getAttribute("title")).matches(GREGORIAN);
        assertThat(browser.findElements(By.cssSelector("#reprimands tr[data-case='" + caseB + "']"))).isEmpty();
        check("reprimands");
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(text("h1")).isEqualTo("Published reprimands");
        assertThat(browser.findElement(By.cssSelector("#reprimands tr[data-case='" + caseA + "']")).getText())
                .contains("Office manager", "12");
    }

    /** Ticks the checkbox of {@code value} in the fieldset, unless it is ticked already. */
    private void tick(String fieldset, String value) {
        WebElement box = browser.findElement(By.cssSelector(fieldset + " input[value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }
}
