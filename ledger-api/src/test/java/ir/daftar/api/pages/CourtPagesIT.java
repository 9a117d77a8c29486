package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.ApiClient;
import ir.daftar.core.calendar.JalaliDate;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Court staff in a real browser (issue 15): the filings incoming to their authority, registering one as a case (A13)
 * after two refusals, its full history as a timeline (filtered by kind, ordered by recording, as CSV), and a notice
 * issued and deposited, which is service (A8), with the channel it was served to (A7).
 */
class CourtPagesIT extends BrowserTest {

    /** A Jalali date and time with Persian digits, e.g. ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰. */
    private static final Pattern JALALI = Pattern.compile("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private static String persian(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }

    @Test
    void court_staff_and_the_applicant_read_the_scanned_petition_from_the_filing_page_and_the_read_is_on_the_record()
            throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            pdf = out.toByteArray();
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String filingId = api.officeRouteToSubmission("clerk1001", "legal1001", pdf, 1)[0];
        awaitProjections();

        // court staff: the petition with its pages and hash, and its file, checked and served from the page's session
        assertThat(signIn("court")).isEqualTo("/court");
        open("/court/filings/" + filingId);
        assertThat(text("#documents li")).contains("دادخواست", "۱ صفحه", "SHA-256 " + sha256.substring(0, 12));
        WebElement link = browser.findElement(By.cssSelector("#documents a.download"));
        String documentId = browser.findElement(By.cssSelector("#documents li")).getAttribute("data-document");
        assertThat(link.getAttribute("href")).endsWith("/court/filings/" + filingId + "/documents/" + documentId + "/content");
        assertThat(fetched(link.getAttribute("href"))).isEqualTo("200 " + sha256 + " " + pdf.length);
        check("court-filing-documents");

        // the applicant: the same document on the filing's page, and the court's read of it in "who read my case"
        browser.manage().deleteAllCookies();
        assertThat(signIn("applicant")).isEqualTo("/my/filings");
        open("/my/filings/" + filingId);
        assertThat(text("#documents li")).contains("دادخواست", "۱ صفحه");
        WebElement mine = browser.findElement(By.cssSelector("#documents a.download"));
        assertThat(fetched(mine.getAttribute("href"))).isEqualTo("200 " + sha256 + " " + pdf.length);
        open("/my/filings/" + filingId + "/readers");
        assertThat(texts("#readers tbody tr")).anyMatch(r -> r.contains("document " + documentId) && r.contains("TEH-CIV-12"));
    }

    /** The status, the hash the server says it checked and the length, of a GET from the page's own session. */
    private String fetched(String href) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b =>
                    done(r.status + ' ' + r.headers.get('X-Content-SHA256') + ' ' + b.byteLength)));""", href);
    }

    @Test
    void court_staff_register_an_incoming_filing_read_its_history_and_serve_a_notice() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        String filingId = filing[0];
        String code = filing[1];
        awaitProjections();

        // the incoming filings of my authority: the tracking code in Persian digits, kind, office, Jalali date
        assertThat(signIn("court")).isEqualTo("/court");
        assertThat(text("h1")).isEqualTo("پرونده‌های رسیده به مرجع");
        String row = "#incoming tr[data-filing='" + filingId + "']";
        assertThat(text(row + " bdi.code")).isEqualTo(persian(code));
        assertThat(text(row)).contains("دادخواست", "OFF-1001");
        assertThat(text(row + " time")).matches(JALALI);
        assertThat(browser.findElement(By.cssSelector(row + " time")).getAttribute("title"))
                .matches("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        check("court-incoming");

        // the filing
        browser.findElement(By.cssSelector(row + " a")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/court/filings/" + filingId));
        assertThat(text("h1")).contains(persian(code));
        assertThat(text("#status")).isEqualTo("ارسال‌شده به مرجع صالح");
        check("court-filing");

        // refused: a return without its reason, beside the field
        submit("#return-form");
        waiting.until(d -> !d.findElements(By.id("reason-error")).isEmpty());
        assertThat(text("#reason-error")).isNotBlank();
        assertThat(browser.findElement(By.id("reason")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text("#status")).isEqualTo("ارسال‌شده به مرجع صالح");

        // refused by the rule, with its article: a registration dated tomorrow (A13)
        String tomorrow = JalaliDate.of(LocalDate.now(TEHRAN).plusDays(1)).toString();
        type("caseNumber", "۱۴۰۵-۷۷");
        type("branch", "شعبهٔ ۱۲ دادگاه عمومی حقوقی تهران");
        type("registeredOn", persian(tomorrow));
        submit("#register-form");
        waiting.until(d -> !d.findElements(By.cssSelector("section[aria-labelledby=register-title] .problem")).isEmpty());
        assertThat(text("section[aria-labelledby=register-title] .problem"))
                .contains("تاریخ ثبت پرونده نمی‌تواند در آینده باشد", "ماده ۱۳");
        check("court-filing-refused");

        // registered today: the status changes, the forms are gone
        type("registeredOn", persian(JalaliDate.of(LocalDate.now(TEHRAN)).toString()));
        submit("#register-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("پرونده در مرجع ثبت شد.");
        assertThat(text("#status")).isEqualTo("ثبت‌شده به‌عنوان پرونده");
        assertThat(browser.findElements(By.id("register-form"))).isEmpty();
        awaitProjections();
        open("/court/filings/" + filingId);
        assertThat(text("#status")).isEqualTo("ثبت‌شده به‌عنوان پرونده");
        assertThat(text(".facts")).contains("۱۴۰۵-۷۷", "شعبهٔ ۱۲ دادگاه عمومی حقوقی تهران");
        assertThat(browser.findElements(By.id("return-form"))).isEmpty();
        // and it is no longer waiting
        open("/court");
        assertThat(browser.findElements(By.cssSelector(row))).isEmpty();

        // the full history: Persian event names, Jalali dates, who acted
        open("/court/filings/" + filingId);
        browser.findElement(By.id("history-link")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/history"));
        assertThat(texts("#timeline .step")).startsWith("ثبت درخواست آغاز شد")
                .contains("کد رهگیری صادر شد", "به مرجع صالح ارسال شد", "در مرجع صالح به‌عنوان پرونده ثبت شد");
        assertThat(texts("#timeline time")).isNotEmpty().allMatch(t -> JALALI.matcher(t).matches());
        assertThat(text("#timeline li[data-event=RegisteredAsCase] .actor")).contains("کارمند مرجع قضایی");
        assertThat(text("#timeline li[data-event=FilingStarted] .actor")).contains("کارمند دفتر", "OFF-1001");
        check("court-history");

        // filtered by kind: the court's acts only
        browser.findElement(By.id("kind-COURT")).click();
        submit("#history-filter");
        waiting.until(d -> d.getCurrentUrl().contains("kind=COURT"));
        assertThat(texts("#timeline .step")).containsExactly("در مرجع صالح به‌عنوان پرونده ثبت شد");
        assertThat(browser.findElements(By.cssSelector("#timeline li")))
                .allMatch(li -> "COURT".equals(li.getAttribute("data-category")));
        assertThat(browser.findElement(By.id("kind-COURT")).isSelected()).isTrue();

        // every kind again, ordered by recording
        browser.findElement(By.id("kind-COURT")).click();
        browser.findElement(By.id("order-RECORDING")).click();
        submit("#history-filter");
        waiting.until(d -> d.getCurrentUrl().contains("order=RECORDING"));
        assertThat(browser.findElement(By.id("order-RECORDING")).isSelected()).isTrue();
        List<String> recorded = browser.findElements(By.cssSelector("#timeline li > time")).stream()
                .map(t -> t.getAttribute("datetime")).toList();
        assertThat(recorded).hasSizeGreaterThan(5);
        assertThat(recorded.stream().map(Instant::parse).toList()).isSorted();
        assertThat(texts("#timeline .step")).endsWith("در مرجع صالح به‌عنوان پرونده ثبت شد");

        // the CSV, through the signed-in session
        String csvHref = browser.findElement(By.id("csv-link")).getAttribute("href");
        assertThat(csvHref).contains("/court/filings/" + filingId + "/history.csv").contains("order=RECORDING");
        @SuppressWarnings("unchecked")
        List<Object> csv = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])))
                  .catch(e => done([0, String(e), '']));""", csvHref);
        assertThat(((Number) csv.get(0)).intValue()).isEqualTo(200);
        assertThat((String) csv.get(1)).startsWith("text/csv");
        assertThat((String) csv.get(2)).startsWith("occurredAt,").contains("RegisteredAsCase", "TrackingCodeIssued");

        // the notices of the case: issue one, then deposit it (A8: service)
        open("/court/filings/" + filingId);
        browser.findElement(By.id("notices-link")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/notices"));
        assertThat(text("h1")).isEqualTo("ابلاغیه‌های پرونده");
        assertThat(mainText()).contains("هنوز ابلاغیه‌ای صادر نشده است.");
        new Select(browser.findElement(By.id("kind"))).selectByValue("HEARING_DATE");
        new Select(browser.findElement(By.id("recipient-role"))).selectByValue("APPLICANT");
        type("recipient-nationalCode", persian(ApiClient.APPLICANT_CODE));
        type("recipient-name", "زهرا احمدی");
        type("text", "وقت رسیدگی: ۱۴۰۵/۱۰/۱۰ ساعت ۹ صبح، شعبهٔ ۱۲");
        new Select(browser.findElement(By.id("deadline-kind"))).selectByValue("REPLY");
        type("deadline-days", "abc");
        submit("#issue-form");
        // refused beside the field, the form kept as typed
        waiting.until(d -> !d.findElements(By.id("deadline.days-error")).isEmpty());
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).contains("وقت رسیدگی");
        type("deadline-days", "۱۰");
        submit("#issue-form");
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("ابلاغیه صادر شد؛ تا قرار گرفتن در حساب ثنا ابلاغ نشده است.");
        awaitProjections();
        open("/court/filings/" + filingId + "/notices");
        WebElement card = browser.findElement(By.cssSelector("#notices .card"));
        assertThat(card.findElement(By.cssSelector(".status")).getText()).isEqualTo("صادرشده");
        assertThat(card.findElement(By.cssSelector("h2")).getText()).isEqualTo("وقت رسیدگی");
        assertThat(card.findElement(By.cssSelector(".notice-text")).getText()).contains("ساعت ۹ صبح، شعبهٔ ۱۲");
        assertThat(card.getText()).contains("متقاضی", "زهرا احمدی", persian("3451"));
        check("court-notices");

        card.findElement(By.cssSelector("form.deposit button")).click();
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text(".done")).isEqualTo("ابلاغیه در حساب ثنای گیرنده قرار گرفت (ابلاغ).");
        assertThat(text("#notices .card .status")).isEqualTo("ابلاغ‌شده");
        assertThat(text("#notices .card .served time")).matches(JALALI);
        assertThat(text("#notices .card .channel")).contains(persian("09121234567"), "sana:1234567890");
        awaitProjections();
        open("/court/filings/" + filingId + "/notices");
        assertThat(text("#notices .card .status")).isEqualTo("ابلاغ‌شده");
        assertThat(text("#notices .card .due")).matches("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2}");
        assertThat(browser.findElements(By.cssSelector("#notices form.deposit"))).isEmpty();
        check("court-notices-served");

        // the notice in the history, with the channel it was served to
        open("/court/filings/" + filingId + "/history?kind=NOTICE");
        assertThat(texts("#timeline .step")).contains("ابلاغیه صادر شد", "ابلاغیه در حساب کاربری قرار گرفت (ابلاغ)");
        assertThat(text("#timeline li[data-event=NoticeDeposited] .channel"))
                .contains(persian("09121234567"), "sana:1234567890");

        // English by the switch, the same page and filter
        browser.findElement(By.cssSelector("a.lang")).click();
        waiting.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(path()).contains("kind=NOTICE");
        assertThat(text("h1")).startsWith("Case history").contains(code);
        assertThat(texts("#timeline .step")).contains("Notice issued", "Notice deposited in the account (service)");
        assertThat(text("#timeline li[data-event=NoticeDeposited] .channel")).contains("09121234567");
    }
}
