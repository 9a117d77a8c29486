package ir.daftar.api.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.daftar.api.problem.NotFound;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.integrity.EventHash;
import ir.daftar.core.integrity.StoredRecord;
import ir.daftar.projections.store.EventTable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the signed receipts (ADR 1000) from the events as stored and chained: the facts are read from the
 * stored payloads of the events the receipt names, so what it states is what the ledger holds. Kinds:
 * the office confirmation of a tracking code with the e-only undertaking (A7), a payment received (A37-6),
 * a notice's proof of service (A8). Personal data is masked: the receipt is printed on paper.
 */
public final class ReceiptIssuer {

    public static final String OFFICE_CONFIRMATION = "office-confirmation";
    public static final String PAYMENT = "payment";
    public static final String PROOF_OF_SERVICE = "proof-of-service";

    /** A signed receipt and what it says. */
    public record Issued(String kind, String receipt, String keyId, Instant issuedAt, JsonNode statement) {
    }

    /** One stored event with its chain hash and its payload and metadata as JSON. */
    record Row(StoredRecord stored, String chainHash, String type, JsonNode payload, JsonNode meta) {
        String time() {
            return Instant.parse(stored.timestamp()).truncatedTo(ChronoUnit.SECONDS).toString();
        }

        String text(String field) {
            JsonNode n = payload.path(field);
            return n.isMissingNode() || n.isNull() ? null : n.asText();
        }

        ObjectNode ref() {
            return ReceiptCodec.object().put("id", stored.eventId()).put("index", stored.globalIndex()).put("hash", chainHash);
        }
    }

    private final JdbcTemplate jdbc;
    private final ReceiptKeyRing keys;
    private final Clock clock;

    public ReceiptIssuer(JdbcTemplate jdbc, ReceiptKeyRing keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** A7: the office's confirmation of the tracking code and the applicant's written e-only undertaking. */
    public Issued officeConfirmation(String filingId) {
        List<Row> rows = stream(filingId);
        Row issued = last(rows, "TrackingCodeIssued").orElseThrow(() -> new NotFound("receipt"));
        Row started = last(rows, "FilingStarted").orElseThrow(() -> new NotFound("receipt"));
        Optional<Row> undertaking = last(rows, "NotificationUndertakingAcknowledged");
        ObjectNode facts = ReceiptCodec.object();
        facts.put("filingId", filingId);
        facts.put("trackingCode", issued.text("trackingCode"));
        facts.put("office", issued.text("confirmingOfficeId"));
        facts.put("confirmedAt", issued.time());
        facts.put("route", started.text("route"));
        facts.put("filingKind", started.text("kind"));
        facts.put("authority", started.payload().path("competentAuthority").path("id").asText(null));
        facts.put("applicant", Masks.identifier(started.payload().path("applicant").path("identifier").asText(null)));
        List<Row> named = new ArrayList<>(List.of(started));
        undertaking.ifPresent(u -> {
            facts.set("undertaking", ReceiptCodec.object().put("electronicOnly", "A7")
                    .put("signedFormSha256", u.text("signedFormSha256")).put("acknowledgedAt", u.time()));
            named.add(u);
        });
        named.add(issued);
        return sign(OFFICE_CONFIRMATION, named, facts);
    }

    /** A37-6: one receipt per payment received, in the order paid. */
    public List<Issued> payments(String filingId) {
        List<Row> rows = stream(filingId);
        List<Issued> out = new ArrayList<>();
        Row assessed = null;
        Optional<Row> code = last(rows, "TrackingCodeIssued");
        for (Row r : rows) {
            if (r.type().equals("CourtFeeAssessed")) {
                assessed = r;
            }
            if (!r.type().equals("CourtFeePaid")) {
                continue;
            }
            ObjectNode facts = ReceiptCodec.object();
            facts.put("filingId", filingId);
            facts.put("amountRials", r.payload().path("amountRials").asLong());
            facts.put("paymentReference", r.text("paymentReference"));
            facts.put("receiptNumber", r.text("receiptNumber"));
            facts.put("paidAt", r.time());
            facts.put("office", r.meta().path(MetaDataKeys.OFFICE_ID).asText(null));
            List<Row> named = new ArrayList<>();
            if (assessed != null) {
                facts.put("assessedRials", assessed.payload().path("amountRials").asLong());
                facts.put("tariffVersion", assessed.text("tariffVersion"));
                named.add(assessed);
            }
            named.add(r);
            code.ifPresent(c -> {
                facts.put("trackingCode", c.text("trackingCode"));
                named.add(c);
            });
            out.add(sign(PAYMENT, named, facts));
        }
        if (out.isEmpty()) {
            throw new NotFound("receipt");
        }
        return out;
    }

    /** A8: the notice's service: deposit (the service itself), the channel in force, alert, view, lack-of-access ruling. */
    public Issued proofOfService(String noticeId) {
        List<Row> rows = stream(noticeId);
        Row deposited = last(rows, "NoticeDeposited").orElseThrow(() -> new NotFound("receipt"));
        Row issued = last(rows, "NoticeIssued").orElseThrow(() -> new NotFound("receipt"));
        List<Row> named = new ArrayList<>(List.of(issued, deposited));
        ObjectNode facts = ReceiptCodec.object();
        facts.put("noticeId", noticeId);
        facts.put("filingId", deposited.text("filingId"));
        facts.put("authority", issued.text("authorityId"));
        facts.put("noticeKind", issued.text("kind"));
        facts.put("recipient", Masks.identifier(deposited.text("recipientNationalCode")));
        facts.put("servedAt", deposited.text("servedAt"));
        JsonNode channel = deposited.payload().path("channel");
        facts.set("channel", ReceiptCodec.object().put("mobile", Masks.mobile(channel.path("mobile").asText(null)))
                .put("electronicAddress", Masks.address(channel.path("electronicAddress").asText(null))));
        facts.put("dueDate", deposited.payload().path("deadline").path("dueDate").asText(null));
        Optional<Row> delivered = first(rows, r -> r.type().equals("AlertDelivered"));
        delivered.ifPresent(d -> {
            facts.put("alertDeliveredAt", d.time());
            named.add(d);
        });
        Optional<Row> viewed = last(rows, "NoticeViewed");
        viewed.ifPresent(v -> {
            facts.put("viewedAt", v.text("viewedAt"));
            facts.put("viewChannel", v.text("channel"));
            named.add(v);
        });
        Optional<Row> ruling = rows.stream().filter(r -> r.type().equals("LackOfAccessUpheld")
                || r.type().equals("LackOfAccessDismissed")).reduce((a, b) -> b);
        ruling.ifPresent(r -> {
            ObjectNode lack = ReceiptCodec.object();
            lack.put("decision", r.type().equals("LackOfAccessUpheld") ? "UPHELD" : "DISMISSED");
            lack.put("decidedAt", r.time());
            if (r.type().equals("LackOfAccessUpheld")) {
                lack.put("serviceAt", r.text("serviceAt"));
                facts.put("dueDate", r.payload().path("deadline").path("dueDate").asText(null));
            }
            facts.set("lackOfAccess", lack);
            named.add(r);
        });
        named.sort(java.util.Comparator.comparingLong(r -> r.stored().globalIndex()));
        return sign(PROOF_OF_SERVICE, named, facts);
    }

    private Issued sign(String kind, List<Row> named, ObjectNode facts) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        ReceiptKeyRing.SigningKey key = keys.signingKeyAt(now)
                .orElseThrow(() -> new IllegalStateException("no receipt key is in force at " + now));
        ObjectNode statement = ReceiptCodec.object();
        statement.put("v", 1);
        statement.put("kind", kind);
        statement.put("iat", now.toString());
        ArrayNode events = statement.putArray("events");
        named.forEach(r -> events.add(r.ref()));
        statement.set("facts", facts);
        JsonNode canonical = readCanonical(statement);
        String input = ReceiptCodec.signingInput(key.key().kid(), canonical);
        String compact = ReceiptCodec.compact(input, key.sign().apply(input.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        return new Issued(kind, compact, key.key().kid(), now, canonical);
    }

    private static JsonNode readCanonical(JsonNode node) {
        try {
            return ReceiptCodec.JSON.readTree(ReceiptCodec.canonical(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Row> stream(String aggregateId) {
        return jdbc.query("SELECT " + EventTable.columns("e.") + ", c.event_hash FROM " + EventTable.NAME + " e JOIN event_chain c"
                + " ON c.global_index = e." + EventTable.GLOBAL_INDEX + " WHERE e." + EventTable.AGGREGATE_IDENTIFIER + " = ?"
                + " ORDER BY e." + EventTable.SEQUENCE_NUMBER, (rs, n) -> {
                    StoredRecord s = EventTable.stored(rs);
                    String type = s.payloadType().substring(Math.max(s.payloadType().lastIndexOf('$'),
                            s.payloadType().lastIndexOf('.')) + 1);
                    return new Row(s, EventHash.hex(rs.getBytes("event_hash")), type, json(s.payload()), json(s.metaData()));
                }, aggregateId);
    }

    private static JsonNode json(byte[] bytes) {
        if (bytes == null) {
            return ReceiptCodec.object();
        }
        try {
            return ReceiptCodec.JSON.readTree(bytes);
        } catch (IOException e) {
            return ReceiptCodec.object();
        }
    }

    private static Optional<Row> last(List<Row> rows, String type) {
        return rows.stream().filter(r -> r.type().equals(type)).reduce((a, b) -> b);
    }

    private static Optional<Row> first(List<Row> rows, Predicate<Row> p) {
        return rows.stream().filter(p).findFirst();
    }
}
