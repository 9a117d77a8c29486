package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import ir.daftar.api.document.DocumentStore;
import ir.daftar.api.document.DocumentVerifier;
import ir.daftar.api.document.JdbcDocumentStore;
import ir.daftar.core.common.ActorRole;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 16 on PostgreSQL: the documents themselves. A 20 MB, 30-page PDF uploaded as multipart is kept in the
 * database's document store and read back byte for byte by each person who may read the case (and by nobody
 * else), each read on the access log; a declared page count that differs, a file that is not a scan, and the
 * EICAR test file (scanned by a real clamd: ops/dev/ensure-clamav.sh) are refused and leave nothing behind;
 * a byte changed in the store is caught on download (500 naming the document, counted) and by the verifier.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"daftar.documents.scan.enabled=true", "daftar.documents.scan.when-down=refuse"})
class DocumentStoreIT extends PostgresIntegrationTest {

    /** The EICAR anti-virus test file: harmless, and found by every scanner (here by its MD5 signature). */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Autowired
    DocumentStore store;
    @Autowired
    MeterRegistry meters;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private Path bigPdf;
    private Path onePagePdf;

    @BeforeAll
    void files() throws Exception {
        bigPdf = pdf(30, 20 * 1024 * 1024);
        onePagePdf = pdf(1, 0);
    }

    @AfterAll
    void removeFiles() throws Exception {
        Files.deleteIfExists(bigPdf);
        Files.deleteIfExists(onePagePdf);
    }

    @Test
    void a_20_mb_pdf_is_kept_read_back_by_each_reader_of_the_case_and_by_nobody_else_and_each_read_is_logged()
            throws Exception {
        assertThat(store).isInstanceOf(JdbcDocumentStore.class);
        String filing = officeFiling();
        byte[] expected = Files.readAllBytes(bigPdf);
        String sha = sha256(expected);

        ResponseEntity<String> up = upload("clerk1001", filing, bigPdf, "دادخواست", "30", null);
        assertThat(up.getStatusCode().value()).as(up.getBody()).isEqualTo(201);
        ObservedResponses.record(HttpMethod.POST, "/api/v1/filings/" + filing + "/documents", 201);
        JsonNode ref = json.readTree(up.getBody());
        String documentId = ref.path("documentId").asText();
        assertThat(ref.path("sha256").asText()).isEqualTo(sha);
        assertThat(jdbc.queryForObject("SELECT size FROM document WHERE sha256 = ?", Long.class, sha))
                .isEqualTo(expected.length);
        assertThat(jdbc.queryForObject("SELECT media_type FROM document WHERE sha256 = ?", String.class, sha))
                .isEqualTo("application/pdf");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_chunk WHERE sha256 = ?", Integer.class, sha))
                .isEqualTo((expected.length + (1 << 20) - 1) / (1 << 20));

        String path = "/api/v1/filings/" + filing + "/documents/" + documentId + "/content";
        // A5/A12: whoever may read the case reads the document, byte for byte
        String inspector = TestAccounts.username(ActorRole.INSPECTOR);
        String inspection = KanoonOrders.open(api, inspector, List.of("TEST-INSPECTOR"), Map.of("kind", "AD_HOC",
                "officeId", "OFF-1001", "periodFrom", "2001-01-01T00:00:00Z",
                "periodTo", "2001-01-02T00:00:00Z")).text("inspectionId");
        awaitProjections();
        try {
            for (String reader : List.of("clerk1001", "manager1001", "applicant", "court", "admin", inspector)) {
                ResponseEntity<byte[]> r = download(reader, path, null);
                assertThat(r.getStatusCode().value()).as(reader).isEqualTo(200);
                assertThat(r.getHeaders().getContentType()).hasToString("application/pdf");
                assertThat(r.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(sha);
                assertThat(Arrays.equals(r.getBody(), expected)).as(reader + " reads the same bytes").isTrue();
            }
        } finally {
            // A28: the inspection ends (its report sent), and with it the inspector's reading; other tests share the office
            api.ok(inspector, HttpMethod.POST, "/api/v1/inspections/" + inspection + "/report", Map.of("summary", "بدون یافته"));
            api.ok(inspector, HttpMethod.POST, "/api/v1/inspections/" + inspection + "/report/sending", null);
            awaitProjections();
        }
        assertThat(download(inspector, path, null).getStatusCode().value()).isEqualTo(404);
        ObservedResponses.record(HttpMethod.GET, path, 200);
        // the office console's link serves the same content, checked and logged
        PageClient.Page console = new PageClient(port).signIn("clerk1001", ApiClient.PASSWORD)
                .get("/office/filings/" + filing + "/documents/" + documentId + "/content");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.headers().firstValue("X-Content-SHA256")).contains(sha);

        // a range: 206 with Content-Range, the bytes asked for
        ResponseEntity<byte[]> part = download("court", path, "bytes=1000-1999");
        assertThat(part.getStatusCode().value()).isEqualTo(206);
        assertThat(part.getHeaders().getFirst(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 1000-1999/" + expected.length);
        assertThat(part.getBody()).isEqualTo(Arrays.copyOfRange(expected, 1000, 2000));
        ResponseEntity<byte[]> tail = download("court", path, "bytes=-10");
        assertThat(tail.getBody()).isEqualTo(Arrays.copyOfRange(expected, expected.length - 10, expected.length));
        assertThat(download("court", path, "bytes=" + expected.length + "-").getStatusCode().value()).isEqualTo(416);

        // anyone else: the answers the case's read policy gives (404 to a signed-in outsider, 403 to a role never let in)
        for (String outsider : List.of("applicant2", "prosecutor", "manager1002", "clerk1002")) {
            assertThat(download(outsider, path, null).getStatusCode().value()).as(outsider).isEqualTo(404);
        }
        for (String refused : List.of("police", "gd")) {
            assertThat(download(refused, path, null).getStatusCode().value()).as(refused).isEqualTo(403);
        }
        assertThat(download(null, path, null).getStatusCode().value()).isEqualTo(401);
        assertThat(download("court", "/api/v1/filings/" + filing + "/documents/no-such-document/content", null)
                .getStatusCode().value()).isEqualTo(404);

        // A12/A37-13: each read is on the access log, so the applicant sees it under "who read my case"
        awaitProjections();
        assertThat(jdbc.queryForList("SELECT reader_role FROM access_log WHERE filing_id = ? AND view_name = ?",
                String.class, filing, "document " + documentId))
                .contains("OFFICE_CLERK", "OFFICE_MANAGER", "APPLICANT", "COURT_STAFF", "ADMIN", "INSPECTOR");
        assertThat(jdbc.queryForList("SELECT purpose FROM access_log WHERE filing_id = ? AND view_name = ?",
                String.class, filing, "document " + documentId)).contains("inspection " + inspection);
        ApiClient.Response log = api.ok("applicant", HttpMethod.GET, "/api/v1/filings/" + filing + "/access-log", null);
        assertThat(log.body().toString()).contains("document " + documentId);

        // A5: a replacement is a new document; the one replaced stays readable
        api.ok("legal1001", HttpMethod.POST, "/api/v1/filings/" + filing + "/documents/" + documentId + "/conformity",
                Map.of("verdict", "REJECTED", "reason", "ناخوانا"));
        String replacement = "replacement-" + documentId.substring(0, 8);
        ResponseEntity<String> replaced = upload("clerk1001", filing, onePagePdf, "دادخواست خوانا", "1", replacement,
                documentId);
        assertThat(replaced.getStatusCode().value()).as(replaced.getBody()).isEqualTo(201);
        assertThat(download("court", path, null).getStatusCode().value()).isEqualTo(200);
        assertThat(download("court", "/api/v1/filings/" + filing + "/documents/" + replacement + "/content", null)
                .getBody()).isEqualTo(Files.readAllBytes(onePagePdf));

        // a byte changed in the store: caught on download (500 naming the document, counted) and by the verifier
        double before = meters.counter("daftar.documents.hash.mismatch").count();
        jdbc.update("UPDATE document_chunk SET bytes = overlay(bytes placing '\\x00'::bytea from 5000 for 1) "
                + "WHERE sha256 = ? AND seq = 3", sha);
        ResponseEntity<String> altered = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers("court", null)),
                String.class);
        assertThat(altered.getStatusCode().value()).isEqualTo(500);
        assertThat(altered.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(altered.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("DOCUMENT_HASH_MISMATCH");
        assertThat(problem.path("documentId").asText()).isEqualTo(documentId);
        assertThat(meters.counter("daftar.documents.hash.mismatch").count()).isEqualTo(before + 1);
        assertThat(download("court", path, "bytes=0-9").getStatusCode().value()).as("a range read is checked too")
                .isEqualTo(500);
        List<DocumentVerifier.Finding> findings = new DocumentVerifier(jdbc, store).verify();
        assertThat(findings).filteredOn(f -> f.documentId().equals(documentId))
                .extracting(DocumentVerifier.Finding::state).containsExactly(DocumentVerifier.Finding.State.ALTERED);
        assertThat(findings).filteredOn(f -> f.documentId().equals(replacement))
                .extracting(DocumentVerifier.Finding::state).containsExactly(DocumentVerifier.Finding.State.INTACT);
    }

    @Test
    void a_declared_page_count_that_differs_a_file_that_is_not_a_scan_and_the_eicar_file_are_refused_and_leave_nothing()
            throws Exception {
        String filing = officeFiling();
        long events = eventCount();
        long documents = jdbc.queryForObject("SELECT count(*) FROM document", Long.class);

        ResponseEntity<String> pages = upload("clerk1001", filing, bigPdf, "دادخواست", "29", null);
        assertRefused(pages, 422, "A5_PAGE_COUNT_MISMATCH", "pageCount");

        Path text = Files.createTempFile("not-a-scan", ".pdf");
        Path eicar = Files.createTempFile("eicar", ".pdf");
        try {
            Files.writeString(text, "scanned petition, two pages");
            assertRefused(upload("clerk1001", filing, text, "دادخواست", "1", null), 422, "A5_DOCUMENT_TYPE_NOT_ALLOWED",
                    "file");
            Files.write(eicar, EICAR.getBytes(StandardCharsets.US_ASCII));
            assertRefused(upload("clerk1001", filing, eicar, "دادخواست", "1", null), 422, "A5_DOCUMENT_INFECTED", "file");
        } finally {
            Files.deleteIfExists(text);
            Files.deleteIfExists(eicar);
        }
        ResponseEntity<String> noFile = upload("clerk1001", filing, null, "دادخواست", "1", null);
        assertThat(noFile.getStatusCode().value()).isEqualTo(400);
        assertThat(noFile.getBody()).contains("\"field\":\"file\"");

        // nothing written: no event, no stored bytes
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document", Long.class)).isEqualTo(documents);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document WHERE sha256 = ?", Long.class,
                sha256(EICAR.getBytes(StandardCharsets.US_ASCII)))).isZero();

        // a command the ledger refuses (an unknown filing) takes back the bytes it was to name
        Path fresh = pdf(2, 4096);
        try {
            ResponseEntity<String> unknown = upload("clerk1001", "no-such-filing", fresh, "دادخواست", "2", null);
            assertThat(unknown.getStatusCode().value()).isEqualTo(404);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM document WHERE sha256 = ?", Long.class,
                    sha256(Files.readAllBytes(fresh)))).isZero();
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    @Test
    void the_health_shows_clamav() throws Exception {
        ResponseEntity<String> health = rest.exchange("/actuator/health", HttpMethod.GET,
                new HttpEntity<>(headers("admin", null)), String.class);
        JsonNode clamav = json.readTree(health.getBody()).path("components").path("clamav");
        assertThat(clamav.path("status").asText()).as(health.getBody()).isEqualTo("UP");
        assertThat(clamav.path("details").path("clamd").asText()).isEqualTo("127.0.0.1:3310");
    }

    // --- plumbing ---

    private String officeFiling() {
        String f = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings/" + f + "/identity-verification",
                Map.of("method", "NATIONAL_SMART_CARD"));
        return f;
    }

    private void assertRefused(ResponseEntity<String> r, int status, String code, String field) throws Exception {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.getBody());
        assertThat(p.path("code").asText()).isEqualTo(code);
        assertThat(p.path("article").asText()).isEqualTo("A5");
        assertThat(p.path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(p.path("detail").asText()).isNotBlank();
    }

    private ResponseEntity<String> upload(String user, String filing, Path file, String title, String pageCount,
                                          String documentId) {
        return upload(user, filing, file, title, pageCount, documentId, null);
    }

    private ResponseEntity<String> upload(String user, String filing, Path file, String title, String pageCount,
                                          String documentId, String replaces) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (file != null) {
            form.add("file", new FileSystemResource(file));
        }
        form.add("title", title);
        form.add("pageCount", pageCount);
        if (documentId != null) {
            form.add("documentId", documentId);
        }
        if (replaces != null) {
            form.add("replacesDocumentId", replaces);
        }
        HttpHeaders headers = headers(user, null);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/v1/filings/" + filing + "/documents", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private ResponseEntity<byte[]> download(String user, String path, String range) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user, range)), byte[].class);
    }

    private static HttpHeaders headers(String user, String range) {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        if (user != null) {
            h.setBasicAuth(user, ApiClient.PASSWORD);
        }
        if (range != null) {
            h.set(HttpHeaders.RANGE, range);
        }
        return h;
    }

    /** A PDF of {@code pages} blank pages, padded to about {@code padding} bytes with an incompressible stream. */
    static Path pdf(int pages, int padding) throws Exception {
        Path file = Files.createTempFile("scan", ".pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            if (padding > 0) {
                COSStream stream = doc.getDocument().createCOSStream();
                byte[] noise = new byte[padding];
                new Random(16).nextBytes(noise);
                try (OutputStream out = stream.createRawOutputStream()) {
                    out.write(noise);
                }
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("DaftarPadding"), stream);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
