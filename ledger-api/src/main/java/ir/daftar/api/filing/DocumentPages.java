package ir.daftar.api.filing;

import ir.daftar.api.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A5/A12: a document's content from the court's and the applicant's filing pages (their sessions), exactly as the
 * API serves it ({@link DocumentController#content}): checked against the ledger's hash, one range if asked, on the
 * access log. One handler for both pages; who may open which path is the page security's, as for the pages.
 */
@PageController
class DocumentPages {

    private static final String CONTENT = "/documents/{documentId:[A-Za-z0-9\\-]{1,64}}/content";

    private final DocumentController documents;

    DocumentPages(DocumentController documents) {
        this.documents = documents;
    }

    @GetMapping({CourtPages.FILING + CONTENT, ApplicantPages.FILING + CONTENT})
    void content(@PathVariable String filingId, @PathVariable String documentId,
                 @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                 HttpServletResponse response) throws IOException {
        documents.content(filingId, documentId, range, null, response);
    }
}
