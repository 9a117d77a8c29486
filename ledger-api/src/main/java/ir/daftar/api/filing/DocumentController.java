package ir.daftar.api.filing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.access.AccessLog;
import ir.daftar.api.document.DocumentCatalogue;
import ir.daftar.api.document.DocumentIntake;
import ir.daftar.api.document.DocumentReader;
import ir.daftar.api.document.StoredContent;
import ir.daftar.api.filing.FilingResponses.DocumentRef;
import ir.daftar.api.input.Inputs;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingCommand;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents themselves (issue 16; A5, A6, A12, A37-13): an upload streamed to the store and checked
 * before its {@code DocumentDigitized} is appended, and the content read back, checked against the
 * ledger's hash, by whoever may read the case ({@link FilingAccess}), each read on the access log.
 */
@RestController
@RequestMapping("/api/v1/filings")
@Tag(name = ApiDocs.TAG_FILINGS)
class DocumentController {

    private static final String ID = "{filingId:[A-Za-z0-9\\-]{1,64}}";
    private static final String DOCUMENT = "{documentId:[A-Za-z0-9\\-]{1,64}}";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final CommandGateway commands;
    private final DocumentIntake intake;
    private final DocumentReader reader;
    private final DocumentCatalogue catalogue;
    private final FilingAccess access;
    private final AccessLog accessLog;

    DocumentController(CommandGateway commands, DocumentIntake intake, DocumentReader reader, DocumentCatalogue catalogue,
                       FilingAccess access, AccessLog accessLog) {
        this.commands = commands;
        this.intake = intake;
        this.reader = reader;
        this.catalogue = catalogue;
        this.access = access;
        this.accessLog = accessLog;
    }

    /** A5/A6: a scanned document uploaded as a file, kept in the document store before the ledger names it. */
    @Operation(summary = "Upload an electronic document (multipart)", description = """
            A5/A6: the scanned file itself, as `multipart/form-data` (parts `file`, `title`, `pageCount`, optional \
            `documentId` and `replacesDocumentId`). The file is streamed to disk while its SHA-256 is computed, \
            scanned for malware (`A5_DOCUMENT_INFECTED`; 503 `DOCUMENT_SCANNER_UNAVAILABLE` when the scanner is \
            down and uploads are refused then), its type read from its own bytes (PDF, JPEG, PNG or TIFF, \
            `A5_DOCUMENT_TYPE_NOT_ALLOWED`), its pages counted from the file and compared with `pageCount` \
            (`A5_PAGE_COUNT_MISMATCH`), at most the configured size (250 MB by default, 413 \
            `A5_DOCUMENT_TOO_LARGE`). A refused file leaves nothing behind: no event, no stored bytes. An \
            accepted one is kept in the document store, content-addressed by its hash, before DocumentDigitized \
            is appended. A replacement (`replacesDocumentId`) is a new document; the one replaced stays readable.""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "201", description = "Kept and recorded (DocumentDigitized); `Location` names the content")
    @SendsCommand
    @PostMapping(path = ID + "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentRef> upload(@PathVariable String filingId,
                                       @Parameter(description = "The scanned file (PDF, JPEG, PNG or TIFF)")
                                       @RequestPart(name = "file", required = false) MultipartFile file,
                                       @RequestParam(required = false) String title,
                                       @RequestParam(required = false) String pageCount,
                                       @RequestParam(required = false) String documentId,
                                       @RequestParam(required = false) String replacesDocumentId) throws IOException {
        Inputs in = new Inputs();
        in.required("title", title == null || title.isBlank() ? null : title);
        Integer pages = in.field("pageCount", () -> {
            if (pageCount == null || !pageCount.strip().matches("\\d{1,5}")) {
                throw new IllegalArgumentException("a whole number of pages, 1 to 10000");
            }
            return Integer.parseInt(pageCount.strip());
        });
        if (documentId != null && !documentId.matches("[A-Za-z0-9\\-]{1,64}")) {
            in.field("documentId", () -> {
                throw new IllegalArgumentException("1-64 letters, digits or dashes");
            });
        }
        if (replacesDocumentId != null && !replacesDocumentId.matches("[A-Za-z0-9\\-]{1,64}")) {
            in.field("replacesDocumentId", () -> {
                throw new IllegalArgumentException("1-64 letters, digits or dashes");
            });
        }
        if (file == null || file.isEmpty()) {
            in.field("file", () -> {
                throw new IllegalArgumentException("the scanned file is required");
            });
        }
        String id = documentId == null ? UUID.randomUUID().toString() : documentId;
        // title, page range and id checked before the file is read; the hash is a placeholder until then
        if (title != null && !title.isBlank() && pages != null) {
            in.document("", id, title, pages, "0".repeat(64), null);
        }
        in.check();
        try (InputStream content = file.getInputStream();
             DocumentIntake.Received received = intake.receive(content, pages)) {
            ElectronicDocument document = new ElectronicDocument(id, title, pages, received.content().sha256());
            boolean kept = intake.keep(received);
            try {
                commands.sendAndWait(new FilingCommand.DigitizeDocument(filingId, document, replacesDocumentId));
            } catch (RuntimeException refused) {
                if (kept) {
                    intake.takeBack(received);
                }
                throw refused;
            }
            return ResponseEntity.created(URI.create("/api/v1/filings/" + filingId + "/documents/" + id + "/content"))
                    .body(new DocumentRef(filingId, id, document.sha256()));
        }
    }

    /** A document of a filing as the list shows it: where its content is, if it is kept. */
    @Schema(description = "An electronic document a filing's events name; `contentUrl` when its content is kept")
    record DocumentItem(@Schema(example = "7a0d6c1e-2f3b-4c5d-8e9f-0a1b2c3d4e5f") String documentId,
                        @Schema(example = "دادخواست") String title, @Schema(example = "2") int pageCount,
                        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
                        @Schema(description = "Whether the content itself is kept (false: recorded by its hash only)")
                        boolean kept,
                        @Schema(example = "application/pdf") String mediaType,
                        @Schema(example = "/api/v1/filings/f-1/documents/d-1/content") String contentUrl) {
    }

    /** A5/A12: the documents of a filing, for whoever may read the case; the read is on the access log. */
    @Operation(summary = "List a filing's documents", description = """
            A5/A6/A12: every electronic document the filing's events name (a replaced one too: it stays readable to \
            the court and the inspectors), with its title, pages, SHA-256 and, where its content is kept, the \
            address of the content. For whoever may read the case (as the download); the read is on the access \
            log (A12, A37-13)."""
            + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", APPLICANT, COURT_STAFF, INSPECTOR, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The documents, in the order they were digitized")
    @GetMapping(ID + "/documents")
    List<DocumentItem> list(@PathVariable String filingId,
                            @Parameter(description = "Why the case is read; kept in the access log")
                            @RequestParam(name = "purpose", required = false) String purpose) {
        DaftarPrincipal user = CurrentActor.signedIn();
        FilingAccess.Granted granted = access.requireReader(user, filingId);
        List<DocumentItem> items = catalogue.documentsOf(filingId).values().stream().map(d -> {
            Optional<StoredContent> kept = reader.find(d.sha256());
            return new DocumentItem(d.documentId(), d.title(), d.pageCount(), d.sha256(), kept.isPresent(),
                    kept.map(StoredContent::mediaType).orElse(null), kept.isPresent()
                            ? "/api/v1/filings/" + filingId + "/documents/" + d.documentId() + "/content" : null);
        }).toList();
        String why = purpose == null ? granted.defaultPurpose() : purpose.substring(0, Math.min(200, purpose.length()));
        accessLog.caseRead(user, filingId, "documents", why);
        return items;
    }

    /** A5/A12/A37-13: a document's content for whoever may read the case, checked, logged, with Range. */
    @Operation(summary = "Download a document's content", description = """
            A5/A12: the document's bytes as kept, for whoever may read the case (office staff of an office that \
            acted on it, court staff of its competent authority, its applicant, an inspector with an open \
            inspection of its office, administrators); anyone else's filing or document looks unknown (404). \
            Every read is on the access log (A12, A37-13), so the applicant sees it under "who read my case". \
            The whole content is hashed and compared with the SHA-256 the ledger names before the first byte is \
            sent (a range read too): bytes that do not match are refused with 500 `DOCUMENT_HASH_MISMATCH` \
            naming the document. `Range: bytes=a-b` (or `a-`, `-n`) answers 206 Partial Content with `Content-Range`, one range per \
            request (several: the whole content); a range past the end 416. \
            A document recorded by its hash only (no content sent) answers 404 `DOCUMENT_CONTENT_NOT_KEPT`."""
            + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", APPLICANT, COURT_STAFF, INSPECTOR, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The content", content = @Content(
            mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    @GetMapping(ID + "/documents/" + DOCUMENT + "/content")
    void content(@PathVariable String filingId, @PathVariable String documentId,
                 @Parameter(description = "One byte range, e.g. `bytes=0-1023`")
                 @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                 @Parameter(description = "Why the case is read; kept in the access log")
                 @RequestParam(name = "purpose", required = false) String purpose,
                 HttpServletResponse response) throws IOException {
        DaftarPrincipal user = CurrentActor.signedIn();
        FilingAccess.Granted granted = access.requireReader(user, filingId);
        ElectronicDocument document = catalogue.find(filingId, documentId).orElseThrow(() -> new NotFound("document"));
        StoredContent kept = reader.checked(filingId, document);
        long size = kept.size();
        long from = 0;
        long to = size - 1;
        boolean partial = false;
        if (range != null) {
            Matcher m = RANGE.matcher(range.strip());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                try {
                    if (m.group(1).isEmpty()) { // the last n bytes
                        from = Math.max(0, size - Long.parseLong(m.group(2)));
                    } else {
                        from = Long.parseLong(m.group(1));
                        to = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                    }
                } catch (NumberFormatException e) {
                    throw InvalidInput.of("Range", "INVALID", "bytes=first-last");
                }
                if (from >= size || from > to) {
                    response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                    response.sendError(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
                    return;
                }
                partial = true;
            }
            // several ranges, or another unit: the whole content (RFC 9110 lets a server ignore Range)
        }
        // A12/A37-13: every read of case data is on the record
        String why = purpose == null ? granted.defaultPurpose() : purpose.substring(0, Math.min(200, purpose.length()));
        accessLog.caseRead(user, filingId, "document " + documentId, why);
        response.setStatus(partial ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
        response.setContentType(kept.mediaType());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader("X-Content-SHA256", document.sha256());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + documentId + extension(kept) + "\"");
        if (partial) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + from + "-" + to + "/" + size);
        }
        response.setContentLengthLong(to - from + 1);
        reader.copy(document.sha256(), from, to - from + 1, response.getOutputStream());
    }

    private static String extension(StoredContent kept) {
        return switch (kept.mediaType()) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/tiff" -> ".tif";
            default -> "";
        };
    }
}
