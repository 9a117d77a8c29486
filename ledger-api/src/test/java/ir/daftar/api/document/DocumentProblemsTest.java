package ir.daftar.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.problem.Problems;
import ir.daftar.core.common.Rule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The documents' failures as the API answers them: the rule, article and field; 503 to retry; 500 naming the document. */
class DocumentProblemsTest {

    private final DocumentProblems problems;

    DocumentProblemsTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        problems = new DocumentProblems(new Problems(messages));
    }

    @org.junit.jupiter.api.AfterEach
    void resetLocale() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_refused_upload_names_its_rule_article_and_field_in_persian_first_and_in_english() {
        DocumentRefused infected = new DocumentRefused(Rule.A5_DOCUMENT_INFECTED, "file",
                org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY, "malware found: Eicar-Test-Signature");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        assertThat(problems.refused(infected).getBody().getDetail()).contains("malware scan found something");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("fa"));
        ResponseEntity<ProblemDetail> r = problems.refused(infected);
        assertThat(r.getStatusCode().value()).isEqualTo(422);
        ProblemDetail p = r.getBody();
        assertThat(p.getProperties()).containsEntry("code", "A5_DOCUMENT_INFECTED").containsEntry("article", "A5");
        assertThat(p.getDetail()).contains("بدافزار");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) p.getProperties().get("errors");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "file"));
    }

    @Test
    void the_scanner_down_is_a_503_to_retry_and_altered_bytes_a_500_naming_the_document() {
        ResponseEntity<ProblemDetail> down = problems.scannerDown(new DocumentIntake.ScannerUnavailable());
        assertThat(down.getStatusCode().value()).isEqualTo(503);
        assertThat(down.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(down.getBody().getProperties()).containsEntry("code", "DOCUMENT_SCANNER_UNAVAILABLE");

        ProblemDetail altered = problems.mismatch(new DocumentReader.HashMismatch("doc-7", "altered"));
        assertThat(altered.getStatus()).isEqualTo(500);
        assertThat(altered.getProperties()).containsEntry("code", "DOCUMENT_HASH_MISMATCH").containsEntry("documentId", "doc-7");
    }
}
