package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.integrity.LedgerCheckpointer;
import ir.daftar.api.it.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * The signed receipts in a real browser (issue 21): each printed receipt in Persian with Jalali dates and its QR
 * code (SVG holding the signed statement), printed to PDF as A4; the public check page says valid for the receipt's
 * text and not valid once a character is changed.
 */
class ReceiptPagesIT extends BrowserTest {

    private static final Pattern JALALI = Pattern.compile("۱۴[۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");

    @Autowired
    LedgerCheckpointer checkpointer;

    private static String persian(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }

    /** The page printed as the browser prints it (A4), kept beside the screenshots. */
    private void printed(String name) throws Exception {
        PrintOptions options = new PrintOptions();
        options.setBackground(true);
        String pdf = ((PrintsPage) browser).print(options).getContent();
        byte[] bytes = Base64.getDecoder().decode(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path dir = Path.of(System.getProperty("daftar.receipts.printed", "target/receipts"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), bytes);
    }

    private String receiptText() {
        return browser.findElement(By.id("receipt-text")).getAttribute("textContent").strip();
    }

    @Test
    void each_receipt_prints_in_persian_with_its_qr_code_and_the_public_page_checks_it() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        String notice = api.ok("court", HttpMethod.POST, "/api/v1/notices", Map.of("filingId", filing[0],
                "kind", "HEARING_DATE", "recipient", Map.of("role", "APPLICANT", "nationalCode", ApiClient.APPLICANT_CODE,
                        "name", "زهرا احمدی"),
                "text", "وقت رسیدگی: ۱۴۰۵/۱۰/۱۰ ساعت ۹ صبح، شعبه ۱۲", "documentSha256", List.of(ApiClient.SIGNED_FORM),
                "deadline", Map.of("kind", "REPLY", "days", 10))).text("noticeId");
        api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/deposit", null);
        api.ok("applicant", HttpMethod.POST, "/api/v1/notices/" + notice + "/view", null);
        awaitProjections();
        checkpointer.sealUpTo(Long.MAX_VALUE);

        // A7: the office confirmation, printed at the counter
        assertThat(signIn("clerk1001")).isEqualTo("/office");
        open("/receipts/filings/" + filing[0] + "/office-confirmation");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(text("h1")).contains("تأییدیهٔ امضاشدهٔ دفتر");
        assertThat(text("#fact-trackingCode")).isEqualTo(persian(filing[1]));
        assertThat(text("#fact-applicant")).isEqualTo("******" + persian(ApiClient.APPLICANT_CODE.substring(6)));
        assertThat(text("#fact-confirmedAt")).matches(JALALI);
        assertThat(browser.findElement(By.cssSelector("#receipt-qr svg.qr path")).getAttribute("d")).startsWith("M");
        String confirmation = receiptText();
        assertThat(confirmation).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        check("receipt-office-confirmation");
        printed("office-confirmation");

        // A37-6: the payment's receipt
        open("/receipts/filings/" + filing[0] + "/payments/1");
        assertThat(text("h1")).contains("وجه دریافتی");
        assertThat(text("#fact-receiptNumber")).isEqualTo(persian("R-" + filing[0].substring(0, 8)));
        check("receipt-payment");
        printed("payment");

        // A8: the recipient's proof of service, from the notice's page
        browser.manage().deleteAllCookies();
        assertThat(signIn("applicant")).isEqualTo("/my/filings");
        open("/my/notices/" + notice);
        browser.findElement(By.id("proof-of-service")).click();
        waiting.until(d -> d.getCurrentUrl().endsWith("/proof-of-service"));
        assertThat(text("#fact-servedAt")).matches(JALALI);
        assertThat(text("#fact-viewedAt")).matches(JALALI);
        assertThat(text("#fact-channel-mobile")).isEqualTo(persian("0912***4567"));
        check("receipt-proof-of-service");
        printed("proof-of-service");

        // anyone checks a receipt on the public page, without signing in
        browser.manage().deleteAllCookies();
        open("/receipts/verify");
        assertThat(text("h1")).isEqualTo("بررسی رسید امضاشده");
        check("receipt-verify");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('receipt').value = arguments[0];", confirmation);
        submit("main form");
        waiting.until(d -> !d.findElements(By.id("verdict")).isEmpty());
        assertThat(text("#verdict")).isEqualTo("رسید معتبر است");
        assertThat(text("#verdict-ledger")).contains("مُهر شده");
        assertThat(mainText()).contains(persian(filing[1]));
        check("receipt-verify-valid");

        int at = confirmation.lastIndexOf('.') + 5;
        String changed = confirmation.substring(0, at) + (confirmation.charAt(at) == 'A' ? 'B' : 'A')
                + confirmation.substring(at + 1);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('receipt').value = arguments[0];", changed);
        submit("main form");
        waiting.until(d -> d.findElement(By.id("verdict")).getText().equals("رسید معتبر نیست"));
        assertThat(text("#verdict-reason")).contains("امضا درست نیست");
        check("receipt-verify-invalid");
    }
}
