package ir.daftar.api.document;

import ir.daftar.api.problem.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The documents' failures as problems (RFC 9457), before the general handler: a refused upload names
 * its rule, article and field; the scanner down is a 503 to retry; stored bytes that do not match the
 * ledger are a 500 naming the document; content not kept (a document recorded by its hash only) a 404.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

    private final Problems problems;

    DocumentProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DocumentRefused.class)
    ResponseEntity<ProblemDetail> refused(DocumentRefused e) {
        ProblemDetail p = problems.of(e.status(), e.rule().name());
        p.setDetail(problems.text("rule." + e.rule().name(), e.reason()));
        if (e.rule().article() != null) {
            p.setProperty("article", e.rule().article());
        }
        p.setProperty("errors", List.of(Map.of("field", e.field(), "code", e.rule().name(), "message", e.reason())));
        return ResponseEntity.status(e.status()).body(p);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return refused(new DocumentRefused(ir.daftar.core.common.Rule.A5_DOCUMENT_TOO_LARGE, "file",
                HttpStatus.PAYLOAD_TOO_LARGE, "larger than the limit"));
    }

    /** A body sent as multipart that is not one (no boundary, cut short): the client's fault. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformed(MultipartException e) {
        ProblemDetail p = problems.of(HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        p.setProperty("errors", List.of(Map.of("field", "body", "code", "MALFORMED",
                "message", problems.text("field.MALFORMED", "not a readable multipart/form-data body"))));
        return p;
    }

    @ExceptionHandler(DocumentIntake.ScannerUnavailable.class)
    ResponseEntity<ProblemDetail> scannerDown(DocumentIntake.ScannerUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "DOCUMENT_SCANNER_UNAVAILABLE"));
    }

    @ExceptionHandler(DocumentReader.HashMismatch.class)
    ProblemDetail mismatch(DocumentReader.HashMismatch e) {
        ProblemDetail p = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "DOCUMENT_HASH_MISMATCH");
        p.setProperty("documentId", e.documentId());
        return p;
    }

    @ExceptionHandler(DocumentReader.ContentNotKept.class)
    ProblemDetail notKept(DocumentReader.ContentNotKept e) {
        return problems.of(HttpStatus.NOT_FOUND, "DOCUMENT_CONTENT_NOT_KEPT");
    }
}
