package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient;
import ir.daftar.api.it.TestAccounts;
import ir.daftar.core.common.ActorRole;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpMethod;

/**
 * The office counter in a real browser (issue 15; A5-A7): a clerk starts a filing for the applicant at the counter and
 * takes it through every step of the office route on one console (the scanned file uploaded as it is, its SHA-256 as
 * the API recorded it); a payment that is not the fee assessed and a wrong mobile are refused beside their fields
 * with their articles (A5, A7); the legal expert decides the document's conformity; the tracking code is issued and
 * shown in Persian digits, the filing is submitted, and the office's printable confirmation shows the code, the Jalali
 * date and the registered contact details, and prints without the navigation.
 */
class OfficeCounterPagesIT extends BrowserTest {

    /** A Jalali date and time with Persian digits, e.g. ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰. */
    private static final Pattern JALALI = Pattern.compile("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");

    private static String persian(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }

    private static String ascii(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '۰' && c <= '۹' ? (char) ('0' + c - '۰') : (char) c));
        return out.toString();
    }

    /** Sends a step's form and waits for the console to offer the step after it. */
    private void step(String form, String nextStep) {
        submit(form);
        awaitNext(nextStep);
    }

    private void awaitNext(String nextStep) {
        waiting.until(d -> !d.findElements(By.cssSelector("#next[data-next=" + nextStep + "]")).isEmpty());
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header form button")).click();
        waiting.until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void a_clerk_takes_an_office_filing_from_the_counter_to_its_tracking_code_and_prints_the_confirmation() throws Exception {
        // the clerk lands on the office counter
        assertThat(signIn("clerk1001")).isEqualTo("/office");
        assertThat(text("h1")).isEqualTo("پیشخوان دفتر");
        assertThat(texts("header nav a")).contains("پیشخوان دفتر");
        check("office-start");

        // A5/A6: the filing is started for the applicant at the counter
        type("applicantIdentifier", "۰۰۸۹۱۲۳۴۵۲"); // a wrong check digit
        type("applicantName", "زهرا احمدی");
        new Select(browser.findElement(By.id("kind"))).selectByValue("PETITION");
        new Select(browser.findElement(By.id("claimNature"))).selectByValue("FINANCIAL");
        type("claimValueRials", "۳۰۰٬۰۰۰٬۰۰۰");
        new Select(browser.findElement(By.id("competentAuthorityId"))).selectByValue("TEH-CIV-12");
        type("subject", "مطالبه وجه چک");
        type("defendantName", "بهرام کاظمی");
        submit("#start");
        // A2: refused beside the national code with its article, the form kept as it was sent
        waiting.until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(text("#applicant-error")).contains("ماده ۲");
        assertThat(browser.findElement(By.id("applicantIdentifier")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("subject")).getAttribute("value")).isEqualTo("مطالبه وجه چک");
        assertThat(new Select(browser.findElement(By.id("competentAuthorityId"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("TEH-CIV-12");
        type("applicantIdentifier", persian(ApiClient.APPLICANT_CODE));
        submit("#start");
        waiting.until(d -> d.getCurrentUrl().matches(".*/office/filings/[A-Za-z0-9-]+$"));
        String filingId = path().substring("/office/filings/".length());
        awaitNext("IDENTITY");
        assertThat(text("main .facts")).contains("زهرا احمدی", persian(ApiClient.APPLICANT_CODE),
                "دادگاه عمومی حقوقی تهران - شعبه ۱۲");
        check("office-console");

        // A6: identity first
        new Select(browser.findElement(By.id("method"))).selectByValue("NATIONAL_SMART_CARD");
        step("#form-IDENTITY", "DOCUMENT");
        assertThat(text(".done")).isEqualTo("احراز هویت متقاضی ثبت شد.");
        assertThat(text("#steps li[data-step=IDENTITY]")).contains("کارت هوشمند ملی");

        // a real file upload: a two-page PDF; the API keeps it, computes the SHA-256 of the bytes the page passed on,
        // and the console shows it
        Path file = Files.createTempFile("petition", ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            pdf.save(file.toFile());
        }
        byte[] scan = Files.readAllBytes(file);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        type("title", "دادخواست");
        type("pageCount", "۲");
        step("#form-DOCUMENT", "CONFIRMATION");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));
        assertThat(text("#steps li[data-step=DOCUMENT] .sha")).isEqualTo(sha);
        assertThat(text("#steps li[data-step=DOCUMENT] .pages")).isEqualTo("۲ صفحه");
        String documentId = browser.findElement(By.cssSelector("#steps li[data-step=DOCUMENT] li[data-document]"))
                .getAttribute("data-document");
        // the file itself, from the console: the link the API serves it through, checked and logged (issue 16)
        assertThat(browser.findElement(By.cssSelector("#steps li[data-document] a.download")).getAttribute("href"))
                .endsWith("/office/filings/" + filingId + "/documents/" + documentId + "/content");

        // A6: the applicant confirms, the fee is assessed from the tariff and paid with its receipt (A37-6)
        step("#form-CONFIRMATION", "ASSESSMENT");
        step("#form-ASSESSMENT", "PAYMENT");
        assertThat(text("#steps li[data-step=ASSESSMENT] .fee")).endsWith("ریال");
        String fee = browser.findElement(By.id("amountRials")).getAttribute("value");
        assertThat(fee).matches("[0-9]+");
        // A5: a payment that is not the fee assessed is refused, its rule beside the amount
        type("amountRials", "1000");
        type("paymentReference", "PAY-" + filingId.substring(0, 8));
        type("receiptNumber", "R-" + filingId.substring(0, 8));
        submit("#form-PAYMENT");
        waiting.until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(text("#amountRials-error")).contains("ماده ۵");
        assertThat(text(".problem .title")).isEqualTo("درخواست طبق مقررات آیین‌نامه پذیرفته نشد");
        awaitNext("PAYMENT");
        type("amountRials", fee);
        step("#form-PAYMENT", "CONTACTS");
        assertThat(text("#steps li[data-step=PAYMENT]")).contains("R-" + filingId.substring(0, 8));

        // the office's filings in progress list it
        open("/office");
        assertThat(browser.findElements(By.cssSelector("#queue a[href='/office/filings/" + filingId + "']"))).hasSize(1);

        // A5/A6: the legal expert decides the document's conformity; a clerk is not offered the form
        assertThat(browser.findElements(By.id("conformity-" + documentId))).isEmpty();
        signOut();
        assertThat(signIn("legal1001")).isEqualTo("/office");
        open("/office/filings/" + filingId);
        assertThat(browser.findElements(By.id("conformity-" + documentId))).hasSize(1);
        check("office-conformity");
        submit("#conformity-" + documentId);
        waiting.until(d -> !d.findElements(By.cssSelector(".done")).isEmpty());
        assertThat(text("#steps li[data-step=DOCUMENT] .conformity")).isEqualTo("انطباق با اصل تأیید شد");
        assertThat(browser.findElements(By.id("conformity"))).isEmpty();
        signOut();

        // A7: a wrong mobile is refused beside its field with the article, and nothing is recorded
        signIn("clerk1001");
        open("/office/filings/" + filingId);
        awaitNext("CONTACTS");
        type("mobile", "12345");
        type("electronicAddress", "sana:1234567890");
        submit("#form-CONTACTS");
        waiting.until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(text("#mobile-error")).contains("ماده ۷");
        assertThat(browser.findElement(By.id("mobile")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("mobile")).getAttribute("value")).isEqualTo("12345");
        assertThat(browser.findElements(By.cssSelector(".done"))).isEmpty();
        awaitNext("CONTACTS");
        check("office-console-refused");
        type("mobile", "+98 912 123 4567");
        type("electronicAddress", "sana:1234567890");
        step("#form-CONTACTS", "UNDERTAKING");
        assertThat(text("#steps li[data-step=CONTACTS]")).contains(persian("09121234567"), "sana:1234567890");

        // A7: the written undertaking, then the tracking code with the office's confirmation, in Persian digits
        type("signedFormSha256", ApiClient.SIGNED_FORM);
        step("#form-UNDERTAKING", "TRACKING_CODE");
        step("#form-TRACKING_CODE", "SUBMISSION");
        String code = text("#tracking-code");
        assertThat(code).matches("[۰-۹]{16}");
        assertThat(text(".done")).isEqualTo("کد رهگیری صادر شد.");
        check("office-console-code");

        // A5/A6: submitted to the competent authority
        step("#form-SUBMISSION", "DONE");
        assertThat(text("#next h2")).isEqualTo("پرونده به مرجع صالح ارسال شده است.");
        assertThat(api.ok("clerk1001", org.springframework.http.HttpMethod.GET, "/api/v1/filings/" + filingId, null)
                .body().path("filing").path("trackingCode").asText()).isEqualTo(ascii(code));

        // A7: the office's printable confirmation
        browser.findElement(By.id("print-link")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/office/filings/" + filingId + "/confirmation"));
        assertThat(text("#receipt-code")).isEqualTo(code);
        assertThat(text("#receipt-date")).matches(JALALI);
        assertThat(text("#receipt-mobile")).isEqualTo(persian("09121234567"));
        assertThat(text("#receipt-address")).isEqualTo("sana:1234567890");
        assertThat(text("#receipt-applicant")).contains("زهرا احمدی");
        assertThat(text("#confirmation")).contains("دادخواست", "دادگاه عمومی حقوقی تهران - شعبه ۱۲");
        assertThat(text("#receipt-fee")).endsWith("R-" + filingId.substring(0, 8));
        assertThat(browser.findElement(By.id("print")).isDisplayed()).isTrue();
        check("office-confirmation");

        // printed: no navigation, no print button, the confirmation itself
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return getComputedStyle(document.querySelector('header.bar')).display")).isEqualTo("none");
        assertThat(js.executeScript("return getComputedStyle(document.querySelector('footer')).display")).isEqualTo("none");
        assertThat(js.executeScript("return getComputedStyle(document.getElementById('print').parentElement).display"))
                .isEqualTo("none");
        assertThat(browser.findElement(By.id("receipt-code")).isDisplayed()).isTrue();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Files.deleteIfExists(file);
    }

    // ---- office service charges (A37-12; ADR 0921, revisited) ----

    /** The office service fee schedule in force, with a PETITION_FILING amount: one made through its four steps if none is. */
    private JsonNode scheduleInForce() throws InterruptedException {
        String path = "/api/v1/office-fee-schedules";
        JsonNode inForce = api.ok("clerk1001", HttpMethod.GET, path, null).body().path("inForce");
        if (inForce.path("fees").has("PETITION_FILING")) {
            return inForce;
        }
        int version = api.ok("clerk1001", HttpMethod.GET, path, null).body().path("versions").size() + 1;
        Instant from = Instant.now().plusSeconds(4);
        api.ok(TestAccounts.username(ActorRole.COUNCIL_MEMBER), HttpMethod.POST, path, Map.of("version", version,
                "effectiveFrom", from.toString(), "fees", Map.of("PETITION_FILING", 250_000, "DOCUMENT_PAGE", 20_000),
                "councilSession", "جلسه ۱۴", "reasons", "تورم سالانه"));
        api.ok(TestAccounts.username(ActorRole.GD_OFFICER), HttpMethod.POST, path + "/" + version + "/opinion",
                Map.of("agrees", true));
        api.ok(TestAccounts.username(ActorRole.CENTER_HEAD), HttpMethod.POST, path + "/" + version + "/decision",
                Map.of("approved", true));
        api.ok(TestAccounts.username(ActorRole.HEAD_OF_JUDICIARY), HttpMethod.POST, path + "/" + version + "/confirmation",
                Map.of("confirmed", true));
        while (Instant.now().isBefore(from.plusMillis(200))) {
            Thread.sleep(200);
        }
        return api.ok("clerk1001", HttpMethod.GET, path, null).body().path("inForce");
    }

    @Test
    void a37_12_the_counter_charges_an_office_service_at_the_schedule_in_force_and_refuses_more_beside_the_amount()
            throws Exception {
        JsonNode schedule = scheduleInForce();
        int version = schedule.path("version").asInt();
        long amount = schedule.path("fees").path("PETITION_FILING").asLong();
        String filingId = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings/" + filingId + "/identity-verification",
                Map.of("method", "NATIONAL_SMART_CARD"));
        signIn("clerk1001");
        open("/office/filings/" + filingId);
        assertThat(text("#charges-none")).isEqualTo("هنوز هزینهٔ خدمتی دریافت نشده است.");
        assertThat(text("#charges-lead")).contains("نسخهٔ " + persian(String.valueOf(version)));

        // above the schedule in force: refused beside the amount, with its article, the form kept as sent
        new Select(browser.findElement(By.id("service"))).selectByValue("PETITION_FILING");
        type("chargeAmountRials", String.valueOf(amount + 1));
        type("chargeReceiptNumber", "R-SC-" + filingId.substring(0, 6));
        submit("#form-SERVICE_CHARGE");
        waiting.until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(text("#chargeAmountRials-error")).contains("ماده ۳۷");
        assertThat(browser.findElement(By.id("chargeAmountRials")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("chargeAmountRials")).getAttribute("value")).isEqualTo(String.valueOf(amount + 1));
        assertThat(texts("#service-charges li")).isEmpty();
        check("office-service-charge-refused");

        // at the schedule: recorded, shown with the schedule's version
        type("chargeAmountRials", String.valueOf(amount));
        submit("#form-SERVICE_CHARGE");
        waiting.until(d -> !d.findElements(By.cssSelector("#service-charges li[data-service=PETITION_FILING]")).isEmpty());
        assertThat(text(".done")).isEqualTo("هزینهٔ خدمت دفتر ثبت شد.");
        assertThat(text("#service-charges li[data-service=PETITION_FILING] .version"))
                .startsWith("نسخهٔ " + persian(String.valueOf(version)));
        assertThat(text("#service-charges li[data-service=PETITION_FILING]")).contains("R-SC-" + filingId.substring(0, 6));
        check("office-service-charge");
    }
}
