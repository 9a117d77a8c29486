package ir.daftar.api.filing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.api.config.json.StrictJson;
import ir.daftar.api.input.Inputs;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.IdentityVerificationMethod;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The JSON bodies of the filing endpoints. Amounts may be sent as numbers or as strings with Persian digits. */
final class FilingRequests {

    /** How an amount of rials may be sent. */
    static final String RIALS = "Rials, never negative: a JSON whole number (300000000) or its text, Persian or "
            + "Arabic-Indic digits and thousands separators allowed (\"۳۰۰٬۰۰۰٬۰۰۰\"); a sign or a fraction is refused.";

    private FilingRequests() {
    }

    record PartyInput(@NotNull PersonType type, @Size(max = 32) String identifier, @NotNull @Size(max = 200) String name) {
    }

    /** A2: the party as sent, or the reason it is not one (a missing party, a bad national code or id). */
    static Party party(PartyInput input) {
        Objects.requireNonNull(input, "party");
        return Party.of(input.type(), input.identifier(), input.name());
    }

    /** A2: the parties of a list ({@code defendants}), each bad one named by its place ({@code defendants[1]}); none when absent. */
    static List<Party> parties(Inputs in, String field, List<PartyInput> given) {
        List<Party> parties = new ArrayList<>();
        List<PartyInput> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            PartyInput input = all.get(i);
            parties.add(in.field(field + "[" + i + "]", () -> party(input)));
        }
        return parties;
    }

    record StartFilingRequest(
            @NotNull FilingRoute route,
            @NotNull FilingKind kind,
            ClaimNature claimNature,
            @JsonDeserialize(using = StrictJson.WholeNumberOrText.class) @Schema(type = "string", example = "300000000", description = RIALS)
            @Size(max = 32) String claimValueRials,
            @NotNull @Valid PartyInput applicant,
            @Size(max = 50) List<@Valid PartyInput> defendants,
            @NotNull @Size(max = 40) String competentAuthorityId,
            @NotNull @Size(max = 500) String subject) {
    }

    record VerifyIdentityRequest(@NotNull IdentityVerificationMethod method) {
    }

    record DigitizeDocumentRequest(
            @Size(max = 64) String documentId,
            @NotNull @Size(max = 300) String title,
            @NotNull Integer pageCount,
            @Size(max = 64) String sha256,
            @Size(max = 14_000_000) String contentBase64,
            @Size(max = 64) String replacesDocumentId) {
    }

    record PaymentRequest(@NotNull @Size(max = 64) String paymentReference,
                          @JsonDeserialize(using = StrictJson.WholeNumberOrText.class) @Schema(type = "string", example = "300000000", description = RIALS)
                          @NotNull @Size(max = 32) String amountRials,
                          @Size(max = 64) String receiptNumber) {
    }

    enum Verdict { VERIFIED, REJECTED }

    record ConformityRequest(@NotNull Verdict verdict, @Size(max = 1000) String reason) {
    }

    record ContactDetailsRequest(@NotNull @Size(max = 32) String mobile, @NotNull @Size(max = 254) String electronicAddress) {
    }

    record UndertakingRequest(@NotNull @Size(max = 64) String signedFormSha256) {
    }
}
