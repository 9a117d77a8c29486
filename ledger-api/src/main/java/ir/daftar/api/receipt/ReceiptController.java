package ir.daftar.api.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.access.AccessLog;
import ir.daftar.api.filing.FilingAccess;
import ir.daftar.api.notice.NoticeAccess;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.projections.notices.FindNotice;
import ir.daftar.projections.notices.NoticeView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signed receipts (ADR 1000): issued for whoever may read the case (the filing's and the notice's own read
 * rules, each issue on the access log), the published keys, and the public check.
 */
@RestController
@Tag(name = ApiDocs.TAG_RECEIPTS)
class ReceiptController {

    private static final String FILING = "/api/v1/filings/{filingId:[A-Za-z0-9\\-]{1,64}}";
    private static final String NOTICE = "/api/v1/notices/{noticeId:[A-Za-z0-9\\-]{1,64}}";

    private final ReceiptIssuer issuer;
    private final ReceiptKeyRing keys;
    private final FilingAccess filingAccess;
    private final NoticeAccess noticeAccess;
    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final ReceiptLedger ledger;

    ReceiptController(ReceiptIssuer issuer, ReceiptKeyRing keys, FilingAccess filingAccess, NoticeAccess noticeAccess,
                      QueryGateway queries, AccessLog accessLog, ReceiptLedger ledger) {
        this.issuer = issuer;
        this.keys = keys;
        this.filingAccess = filingAccess;
        this.noticeAccess = noticeAccess;
        this.queries = queries;
        this.accessLog = accessLog;
        this.ledger = ledger;
    }

    @Schema(description = "A signed receipt: the compact JWS the QR code holds, and what it states")
    public record ReceiptAnswer(@Schema(example = "office-confirmation") String kind,
                                @Schema(description = "The compact JWS (header.payload.signature, base64url)") String receipt,
                                String keyId, String issuedAt,
                                @Schema(description = "The signed statement: version, kind, issue time, events, facts")
                                JsonNode statement) {
        static ReceiptAnswer of(ReceiptIssuer.Issued i) {
            return new ReceiptAnswer(i.kind(), i.receipt(), i.keyId(), i.issuedAt().toString(), i.statement());
        }
    }

    @Schema(description = "A receipt to check")
    public record VerifyRequest(@NotNull @Size(max = ReceiptCodec.MAX_LENGTH)
                                @Schema(description = "The compact receipt text (what the QR code holds)") String receipt) {
    }

    @Schema(description = "The check of a receipt")
    public record VerifyAnswer(boolean valid,
                               @Schema(example = "VALID", description = "VALID, UNKNOWN_KEY, KEY_NOT_IN_FORCE, "
                                       + "BAD_SIGNATURE, BAD_STATEMENT") String reason,
                               String detail, String keyId, String kind, String issuedAt, JsonNode statement,
                               @Schema(example = "INCLUDED", description = "Whether this server's ledger holds the named "
                                       + "events unchanged under a signed checkpoint: INCLUDED, UNSEALED, NOT_INCLUDED")
                               String ledger, String ledgerDetail) {
    }

    @Operation(summary = "The office confirmation receipt", description = """
            A7: the office's signed confirmation of the tracking code with the applicant's e-only notification \
            undertaking, naming the events it rests on; the national code masked. For whoever may read the case; \
            the issue is on the access log. 404 before the tracking code is issued."""
            + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", APPLICANT, COURT_STAFF, INSPECTOR, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The signed receipt")
    @GetMapping(FILING + "/receipts/office-confirmation")
    ResponseEntity<ReceiptAnswer> officeConfirmation(@PathVariable String filingId,
            @Parameter(description = "Why the case is read; kept in the access log") @RequestParam(required = false) String purpose) {
        readFiling(filingId, "receipt office-confirmation", purpose);
        return fresh(ReceiptAnswer.of(issuer.officeConfirmation(filingId)));
    }

    @Operation(summary = "The payment receipts", description = """
            A37-6: one signed receipt for each payment received for the filing (amount, reference, receipt number, \
            office), in the order paid. For whoever may read the case; the issue is on the access log. 404 before \
            any payment."""
            + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", APPLICANT, COURT_STAFF, INSPECTOR, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The signed receipts")
    @GetMapping(FILING + "/receipts/payments")
    ResponseEntity<List<ReceiptAnswer>> payments(@PathVariable String filingId,
            @Parameter(description = "Why the case is read; kept in the access log") @RequestParam(required = false) String purpose) {
        readFiling(filingId, "receipt payments", purpose);
        return fresh(issuer.payments(filingId).stream().map(ReceiptAnswer::of).toList());
    }

    @Operation(summary = "The proof of service receipt", description = """
            A8: the notice's signed proof of service: deposit time (the service), the channel in force (masked), \
            the alert's delivery, the first view, any lack-of-access ruling. For the court that issued it, the \
            recipient and operators (someone else's notice and an unknown one: 404); on the case's access log. \
            404 before the notice is deposited."""
            + ApiDocs.ROLES + "COURT_STAFF, APPLICANT, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The signed receipt")
    @GetMapping(NOTICE + "/receipts/proof-of-service")
    ResponseEntity<ReceiptAnswer> proofOfService(@PathVariable String noticeId) {
        DaftarPrincipal user = CurrentActor.signedIn();
        NoticeView view = queries.query(new FindNotice(noticeId), NoticeView.class).join();
        if (view == null) {
            throw new NotFound("notice");
        }
        noticeAccess.requireReader(user, view);
        ReceiptIssuer.Issued issued = issuer.proofOfService(noticeId);
        accessLog.caseRead(user, view.filingId(), "receipt proof-of-service " + noticeId, null);
        return fresh(ReceiptAnswer.of(issued));
    }

    @Operation(summary = "The published keys", description = """
            A12: the Ed25519 public keys that verify receipts and ledger checkpoints, as a JWK set with each key's \
            period in force (`validFrom`, `validUntil`) and purposes; a retired key stays listed so that what it \
            signed keeps verifying. Save it beside `ops/verify-receipt.sh` to check receipts offline."""
            + ApiDocs.NO_LOGIN)
    @ApiResponse(responseCode = "200", description = "The key set")
    @SecurityRequirements
    @GetMapping(value = "/.well-known/daftar-keys.json", produces = MediaType.APPLICATION_JSON_VALUE)
    KeySet publishedKeys() {
        return ReceiptCodec.JSON.convertValue(keys.published().toJson(), KeySet.class);
    }

    @Schema(description = "The published keys: a JWK set (RFC 7517, RFC 8037) with each key's period in force")
    public record KeySet(@Schema(example = "daftar") String issuer, List<Jwk> keys) {
    }

    @Schema(description = "An Ed25519 public key")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Jwk(@Schema(example = "OKP") String kty, @Schema(example = "Ed25519") String crv,
                      @Schema(example = "EdDSA") String alg, @Schema(example = "sig") String use,
                      @Schema(description = "First 16 hex digits of the SHA-256 of the X.509 key") String kid,
                      @Schema(description = "The raw public key, base64url") String x,
                      @Schema(description = "In force from (absent: from the start)") String validFrom,
                      @Schema(description = "Retired at (absent: in force)") String validUntil,
                      @Schema(description = "What it signs: receipt, checkpoint") List<String> purposes) {
    }

    @Operation(summary = "Check a receipt", description = """
            A7/A8/A37-6: checks a receipt's text (what its QR code holds) with the published keys: well formed, \
            key published and in force at the issue time, signature over the exact bytes; answers valid or not \
            with the reason (200 either way) and what it states; a text that is not a receipt at all is a 400 naming \
            the field. Also says whether this server's ledger holds the \
            named events unchanged under a signed checkpoint."""
            + ApiDocs.NO_LOGIN)
    @ApiResponse(responseCode = "200", description = "The verdict")
    @SecurityRequirements
    @PostMapping(value = "/api/v1/receipts/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    VerifyAnswer verify(@Valid @RequestBody VerifyRequest body) {
        return check(body.receipt());
    }

    /** The check the endpoint and the public page share. */
    VerifyAnswer check(String text) {
        if (text == null) {
            throw InvalidInput.of("receipt", "NotNull", "the receipt text is required");
        }
        ReceiptVerifier.Verdict v = ReceiptVerifier.verify(text, keys.published());
        if (v.reason() == ReceiptVerifier.Reason.MALFORMED) { // not a receipt at all: malformed input, named
            throw InvalidInput.of("receipt", "NOT_A_RECEIPT", v.detail());
        }
        if (!v.valid()) {
            return new VerifyAnswer(false, v.reason().name(), v.detail(), v.keyId(), null, null, null, null, null);
        }
        LedgerInclusion.Result inclusion = ledger.inclusion(v.events());
        return new VerifyAnswer(true, v.reason().name(), v.detail(), v.keyId(), v.statement().path("kind").asText(),
                v.statement().path("iat").asText(), v.statement(), inclusion.outcome().name(), inclusion.detail());
    }

    private void readFiling(String filingId, String view, String purpose) {
        DaftarPrincipal user = CurrentActor.signedIn();
        FilingAccess.Granted granted = filingAccess.requireReader(user, filingId);
        String why = purpose == null ? granted.defaultPurpose() : purpose.substring(0, Math.min(200, purpose.length()));
        accessLog.caseRead(user, filingId, view, why);
    }

    private static <T> ResponseEntity<T> fresh(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
