package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A small HTTP client for the tests: JSON in, JSON out, HTTP Basic with the demo accounts. Every answer is
 * noted in {@link ObservedResponses}, which the OpenAPI document must account for.
 */
public final class ApiClient {

    public static final String PASSWORD = "daftar-demo";
    public static final String APPLICANT_CODE = "0089123451";
    public static final String SIGNED_FORM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    public ApiClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    public record Response(int status, JsonNode body, HttpHeaders headers) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public Response call(String user, HttpMethod method, String path, Object body) {
        return call(user, method, path, body, Map.of());
    }

    public Response call(String user, HttpMethod method, String path, Object body, Map<String, String> extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        if (user != null) {
            headers.setBasicAuth(user, PASSWORD);
        }
        extraHeaders.forEach(headers::set);
        try {
            String payload = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
            ResponseEntity<String> r = rest.exchange(path, method, new HttpEntity<>(payload, headers), String.class);
            ObservedResponses.record(method, path, r.getStatusCode().value());
            JsonNode node = r.getBody() == null ? json.nullNode() : parse(r.getBody());
            return new Response(r.getStatusCode().value(), node, r.getHeaders());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return json.getNodeFactory().textNode(body);
        }
    }

    public Response ok(String user, HttpMethod method, String path, Object body) {
        Response r = call(user, method, path, body);
        assertThat(r.status()).as("%s %s -> %s", method, path, r.body()).isBetween(200, 299);
        return r;
    }

    /**
     * A petition filed at an office's counter by the holder of {@code bearerToken} (an office clerk's token, whose
     * {@code actor_id} is their national code), to see whether the office takes filings (A15, A22).
     */
    public Response fileAtOffice(String bearerToken) {
        return call(null, HttpMethod.POST, "/api/v1/filings", officePetition("300000000"),
                Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken));
    }

    public static Map<String, Object> officePetition(String claimValue) {
        return Map.of(
                "route", "OFFICE", "kind", "PETITION", "claimNature", "FINANCIAL", "claimValueRials", claimValue,
                "applicant", Map.of("type", "NATURAL", "identifier", "۰۰۸۹۱۲۳۴۵۱", "name", "زهرا احمدي"),
                "defendants", java.util.List.of(Map.of("type", "NATURAL", "name", "بهرام کاظمی")),
                "competentAuthorityId", "TEH-CIV-12", "subject", "مطالبه وجه چک");
    }

    public static Map<String, Object> portalComplaint() {
        return Map.of(
                "route", "PORTAL", "kind", "COMPLAINT",
                "applicant", Map.of("type", "NATURAL", "identifier", APPLICANT_CODE, "name", "زهرا احمدی"),
                "competentAuthorityId", "TEH-PROS-1", "subject", "شکایت خیانت در امانت");
    }

    public static Map<String, Object> document(String title) {
        return Map.of("title", title, "pageCount", 2,
                "contentBase64", Base64.getEncoder().encodeToString((title + UUID.randomUUID()).getBytes()));
    }

    /** The office route (A6) from start to submission; returns {filingId, trackingCode}. */
    public String[] officeRouteToSubmission(String clerk, String expert) {
        return officeRouteToSubmission(clerk, expert,
                base -> ok(clerk, HttpMethod.POST, base + "/documents", document("دادخواست")).text("documentId"));
    }

    /** The office route with the petition uploaded as a file (multipart), so its content is kept (issue 16). */
    public String[] officeRouteToSubmission(String clerk, String expert, byte[] pdf, int pages) {
        return officeRouteToSubmission(clerk, expert, base -> upload(clerk, base + "/documents", pdf, "دادخواست", pages));
    }

    /** A file uploaded as {@code multipart/form-data} (parts file, title, pageCount); answers the document's id. */
    public String upload(String user, String path, byte[] file, String title, int pages) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "scan.pdf";
            }
        });
        form.add("title", title);
        form.add("pageCount", String.valueOf(pages));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(user, PASSWORD);
        ResponseEntity<String> r = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        ObservedResponses.record(HttpMethod.POST, path, r.getStatusCode().value());
        assertThat(r.getStatusCode().value()).as("upload %s -> %s", path, r.getBody()).isEqualTo(201);
        return parse(r.getBody()).path("documentId").asText();
    }

    private String[] officeRouteToSubmission(String clerk, String expert, Function<String, String> digitize) {
        String f = ok(clerk, HttpMethod.POST, "/api/v1/filings", officePetition("300000000")).text("filingId");
        String base = "/api/v1/filings/" + f;
        ok(clerk, HttpMethod.POST, base + "/identity-verification", Map.of("method", "NATIONAL_SMART_CARD"));
        String doc = digitize.apply(base);
        ok(clerk, HttpMethod.POST, base + "/applicant-confirmation", null);
        long amount = ok(clerk, HttpMethod.POST, base + "/court-fee/assessment", null).body().path("amountRials").asLong();
        ok(clerk, HttpMethod.POST, base + "/court-fee/payment", Map.of("paymentReference", "PAY-" + f.substring(0, 8),
                "amountRials", amount, "receiptNumber", "R-" + f.substring(0, 8)));
        ok(expert, HttpMethod.POST, base + "/documents/" + doc + "/conformity", Map.of("verdict", "VERIFIED"));
        ok(clerk, HttpMethod.POST, base + "/contact-details",
                Map.of("mobile", "+98 912 123 4567", "electronicAddress", "sana:1234567890"));
        ok(clerk, HttpMethod.POST, base + "/notification-undertaking", Map.of("signedFormSha256", SIGNED_FORM));
        String code = ok(clerk, HttpMethod.POST, base + "/tracking-code", null).text("trackingCode");
        ok(expert, HttpMethod.POST, base + "/submission", null);
        return new String[] {f, code};
    }

    /** The portal route (A5): the applicant files, pays and gets the code; the office receives the originals and submits. */
    public String[] portalRouteToSubmission(String applicant, String clerk, String expert) {
        String f = ok(applicant, HttpMethod.POST, "/api/v1/filings", portalComplaint()).text("filingId");
        String base = "/api/v1/filings/" + f;
        String doc = ok(applicant, HttpMethod.POST, base + "/documents", document("شکواییه")).text("documentId");
        long amount = ok(applicant, HttpMethod.POST, base + "/court-fee/assessment", null).body().path("amountRials").asLong();
        ok(applicant, HttpMethod.POST, base + "/court-fee/payment", Map.of("paymentReference", "PAY-" + f.substring(0, 8),
                "amountRials", amount, "receiptNumber", "R-" + f.substring(0, 8)));
        ok(applicant, HttpMethod.POST, base + "/contact-details",
                Map.of("mobile", "09121234567", "electronicAddress", "zahra@example.org"));
        ok(applicant, HttpMethod.POST, base + "/notification-undertaking", Map.of("signedFormSha256", SIGNED_FORM));
        String code = ok(applicant, HttpMethod.POST, base + "/tracking-code", null).text("trackingCode");
        ok(clerk, HttpMethod.POST, base + "/originals-received", null);
        ok(expert, HttpMethod.POST, base + "/documents/" + doc + "/conformity", Map.of("verdict", "VERIFIED"));
        ok(expert, HttpMethod.POST, base + "/submission", null);
        return new String[] {f, code};
    }
}
