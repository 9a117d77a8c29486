package ir.daftar.api.filing;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.projections.casehistory.CaseHistoryView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office counter's view of one filing (A5-A7): what each step recorded, read from the filing's own events in its
 * history (the ledger's record, as every reader of the history sees it), and the step that comes next. It decides
 * nothing: the next step is only which form the console opens; the aggregate refuses a step out of order whatever a
 * page offers.
 *
 * <p>The order is the office route's (A6): identity first, the documents, the applicant's confirmation, the fee
 * assessed and paid, the contact details and the written undertaking (A7), the tracking code, and once every current
 * document's conformity is verified by the legal expert, submission. A portal filing received at the office (A5)
 * skips the identity and the applicant's confirmation, which belong to the office route.
 */
public record OfficeConsole(
        FilingRoute route,
        String applicantType,
        String applicantIdentifier,
        String applicantName,
        String subject,
        Long claimValueRials,
        String identityMethod,
        List<Document> documents,
        boolean confirmed,
        Long feeRials,
        String tariffVersion,
        String paymentReference,
        Long paidRials,
        String receiptNumber,
        String mobile,
        String electronicAddress,
        String undertakingSha256,
        String trackingCode,
        Instant trackingCodeAt,
        boolean submitted,
        Step next) {

    /** The steps of the counter, in their order. */
    public enum Step {
        IDENTITY, DOCUMENT, CONFIRMATION, ASSESSMENT, PAYMENT, CONTACTS, UNDERTAKING, TRACKING_CODE, CONFORMITY,
        SUBMISSION, DONE
    }

    /** A document as recorded: its title, page count and SHA-256, and the conformity decided on it. */
    public record Document(String documentId, String title, int pageCount, String sha256, String conformity, String reason,
                    boolean replaced) {

        public boolean pending() {
            return !replaced && "PENDING".equals(conformity);
        }
    }

    /** The current documents (not replaced by another). */
    public List<Document> current() {
        return documents.stream().filter(d -> !d.replaced()).toList();
    }

    /** The current documents whose conformity is still to be decided. */
    public List<Document> pending() {
        return documents.stream().filter(Document::pending).toList();
    }

    /** A rejected current document: it needs a replacement before anything can be submitted. */
    public Document rejected() {
        return documents.stream().filter(d -> !d.replaced() && "REJECTED".equals(d.conformity())).findFirst().orElse(null);
    }

    /** Whether the step is behind the filing. */
    public boolean done(String step) {
        Step s = Step.valueOf(step);
        return switch (s) {
            case IDENTITY -> identityMethod != null;
            case DOCUMENT -> !current().isEmpty() && rejected() == null;
            case CONFIRMATION -> confirmed;
            case ASSESSMENT -> feeRials != null;
            case PAYMENT -> paidRials != null;
            case CONTACTS -> mobile != null;
            case UNDERTAKING -> undertakingSha256 != null;
            case TRACKING_CODE -> trackingCode != null;
            case CONFORMITY -> !current().isEmpty() && pending().isEmpty() && rejected() == null;
            case SUBMISSION, DONE -> submitted;
        };
    }

    /** Whether the step belongs to this filing's route (the identity and the confirmation: the office route only). */
    public boolean applies(String step) {
        Step s = Step.valueOf(step);
        return route == FilingRoute.OFFICE || (s != Step.IDENTITY && s != Step.CONFIRMATION);
    }

    /** The steps shown on the console, in order. */
    public List<String> steps() {
        return List.of(Step.values()).stream().filter(s -> s != Step.DONE).map(Step::name).filter(this::applies).toList();
    }

    /** Reads the filing's own events of its history. */
    static OfficeConsole of(CaseHistoryView history) {
        FilingRoute route = FilingRoute.OFFICE;
        String applicantType = null;
        String applicantIdentifier = null;
        String applicantName = null;
        String subject = null;
        Long claimValue = null;
        String identity = null;
        Map<String, Document> documents = new LinkedHashMap<>();
        Set<String> confirmedIds = new HashSet<>();
        Long fee = null;
        String tariff = null;
        String reference = null;
        Long paid = null;
        String receipt = null;
        String mobile = null;
        String address = null;
        String undertaking = null;
        String code = null;
        Instant codeAt = null;
        boolean submitted = false;
        for (CaseHistoryView.Entry e : history.entries()) {
            if (!"FILING".equals(e.category()) && !"COURT".equals(e.category())) {
                continue;
            }
            JsonNode d = e.details();
            switch (e.eventType()) {
                case "FilingStarted" -> {
                    route = FilingRoute.valueOf(d.path("route").asText("OFFICE"));
                    JsonNode a = d.path("applicant");
                    applicantType = text(a, "type");
                    applicantIdentifier = text(a, "identifier");
                    applicantName = text(a, "name");
                    subject = text(d, "subject");
                    claimValue = d.path("claimValueRials").isNumber() ? d.path("claimValueRials").asLong() : null;
                }
                case "IdentityVerified" -> identity = text(d, "method");
                case "DocumentDigitized" -> {
                    JsonNode doc = d.path("document");
                    String id = text(doc, "documentId");
                    documents.put(id, new Document(id, text(doc, "title"), doc.path("pageCount").asInt(),
                            text(doc, "sha256"), "PENDING", null, false));
                    String replaces = text(d, "replacesDocumentId");
                    Document old = replaces == null ? null : documents.get(replaces);
                    if (old != null) {
                        documents.put(replaces, new Document(old.documentId(), old.title(), old.pageCount(), old.sha256(),
                                old.conformity(), old.reason(), true));
                    }
                }
                case "ApplicantConfirmedDocuments" -> {
                    confirmedIds.clear();
                    d.path("documentIds").forEach(id -> confirmedIds.add(id.asText()));
                }
                case "CourtFeeAssessed" -> {
                    fee = d.path("amountRials").asLong();
                    tariff = text(d, "tariffVersion");
                }
                case "CourtFeePaid" -> {
                    reference = text(d, "paymentReference");
                    paid = d.path("amountRials").asLong();
                    receipt = text(d, "receiptNumber");
                }
                case "DocumentConformityVerified", "DocumentConformityRejected" -> {
                    String id = text(d, "documentId");
                    Document old = documents.get(id);
                    if (old != null) {
                        boolean verified = "DocumentConformityVerified".equals(e.eventType());
                        documents.put(id, new Document(old.documentId(), old.title(), old.pageCount(), old.sha256(),
                                verified ? "VERIFIED" : "REJECTED", verified ? null : text(d, "reason"), old.replaced()));
                    }
                }
                case "ContactDetailsRegistered" -> {
                    mobile = text(d.path("contactDetails"), "mobile");
                    address = text(d.path("contactDetails"), "electronicAddress");
                }
                case "ContactDetailsChanged" -> {
                    mobile = text(d.path("current"), "mobile");
                    address = text(d.path("current"), "electronicAddress");
                }
                case "NotificationUndertakingAcknowledged" -> undertaking = text(d, "signedFormSha256");
                case "TrackingCodeIssued" -> {
                    code = text(d, "trackingCode");
                    codeAt = e.occurredAt();
                }
                case "SubmittedToCompetentAuthority" -> submitted = true;
                default -> {
                    // the court's acts and the rest: shown in the history, not steps of the counter
                }
            }
        }
        List<Document> docs = new ArrayList<>(documents.values());
        List<String> current = docs.stream().filter(x -> !x.replaced()).map(Document::documentId).toList();
        boolean confirmed = !current.isEmpty() && confirmedIds.containsAll(current);
        OfficeConsole console = new OfficeConsole(route, applicantType, applicantIdentifier, applicantName, subject,
                claimValue, identity, docs, confirmed, fee, tariff, reference, paid, receipt, mobile, address, undertaking,
                code, codeAt, submitted, Step.DONE);
        return console.withNext();
    }

    private OfficeConsole withNext() {
        Step next = Step.DONE;
        for (Step s : Step.values()) {
            if (s != Step.DONE && applies(s.name()) && !done(s.name())) {
                next = s;
                break;
            }
        }
        return new OfficeConsole(route, applicantType, applicantIdentifier, applicantName, subject, claimValueRials,
                identityMethod, documents, confirmed, feeRials, tariffVersion, paymentReference, paidRials, receiptNumber,
                mobile, electronicAddress, undertakingSha256, trackingCode, trackingCodeAt, submitted, next);
    }

    /** A37-12: an office service charged on the filing, with the schedule version it was charged under (ADR 0921). */
    public record ServiceCharge(String service, long amountRials, int scheduleVersion, long scheduleAmountRials,
                                String receiptNumber) {
    }

    /** The office services charged on the filing, oldest first, from its own events in its history. */
    static List<ServiceCharge> serviceCharges(CaseHistoryView history) {
        List<ServiceCharge> charges = new ArrayList<>();
        for (CaseHistoryView.Entry e : history.entries()) {
            if ("OfficeServiceCharged".equals(e.eventType())) {
                JsonNode d = e.details();
                charges.add(new ServiceCharge(text(d, "service"), d.path("amountRials").asLong(),
                        d.path("scheduleVersion").asInt(), d.path("scheduleAmountRials").asLong(), text(d, "receiptNumber")));
            }
        }
        return List.copyOf(charges);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
