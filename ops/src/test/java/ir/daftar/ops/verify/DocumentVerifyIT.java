package ir.daftar.ops.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.integrity.LedgerCheckpointer;
import ir.daftar.api.it.ApiClient;
import ir.daftar.api.it.PostgresIntegrationTest;
import ir.daftar.api.it.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * {@code verify-ledger.sh --documents} on PostgreSQL (issue 16): a document uploaded and sealed verifies intact;
 * a byte changed in its stored chunk is named as altered, and the command exits 2.
 */
class DocumentVerifyIT extends PostgresIntegrationTest {

    @Autowired
    LedgerCheckpointer checkpointer;

    @Test
    void every_document_an_event_names_is_checked_against_its_hash_and_a_changed_byte_is_named() throws Exception {
        String filing = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings/" + filing + "/identity-verification",
                Map.of("method", "NATIONAL_SMART_CARD"));
        Path pdf = Files.createTempFile("verify", ".pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle("verify " + filing);
            doc.save(pdf.toFile());
        }
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new FileSystemResource(pdf));
        form.add("title", "دادخواست");
        form.add("pageCount", "2");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("clerk1001", ApiClient.PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> up = rest.exchange("/api/v1/filings/" + filing + "/documents", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(up.getStatusCode().value()).as(up.getBody()).isEqualTo(201);
        String documentId = new ObjectMapper().readTree(up.getBody()).path("documentId").asText();
        String sha = new ObjectMapper().readTree(up.getBody()).path("sha256").asText();
        Files.delete(pdf);
        checkpointer.sealUpTo(Long.MAX_VALUE);

        // documents recorded by their hash only (the JSON endpoint, other tests) have nothing in the store
        Run clean = verify("--allow-missing-documents");
        assertThat(clean.exit).as(clean.output).isZero();
        assertThat(clean.output).contains("DOCUMENTS INTACT").doesNotContain(documentId);

        byte[] original = jdbc.queryForObject("SELECT bytes FROM document_chunk WHERE sha256 = ? AND seq = 0",
                byte[].class, sha);
        try {
            jdbc.update("UPDATE document_chunk SET bytes = overlay(bytes placing '\\x00'::bytea from 20 for 1) "
                    + "WHERE sha256 = ? AND seq = 0", sha);
            Run tampered = verify("--allow-missing-documents");
            assertThat(tampered.exit).as(tampered.output).isEqualTo(2);
            assertThat(tampered.output).contains("ALTERED: document " + documentId + " of filing " + filing)
                    .contains("DOCUMENTS TAMPERED");
        } finally {
            jdbc.update("UPDATE document_chunk SET bytes = ? WHERE sha256 = ? AND seq = 0", original, sha);
        }
        assertThat(verify("--allow-missing-documents").exit).isZero();
    }

    record Run(int exit, String output) {
    }

    private Run verify(String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] base = {"--url", PostgresTestDatabase.URL + "?currentSchema=" + PostgresTestDatabase.SCHEMA,
                "--user", PostgresTestDatabase.USER, "--password", PostgresTestDatabase.PASSWORD,
                "--public-key", checkpointer.publicKey(), "--documents"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyLedger.run(args, ps, ps);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }
}
