package ir.daftar.api.authority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.fee.CourtFeeTariff;
import ir.daftar.core.fee.CourtFeeTariffs;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reference data: competent authorities (A13) and court-fee tariffs, with a fee quote. */
@RestController
@Tag(name = ApiDocs.TAG_REFERENCE)
class ReferenceController {

    private final AuthorityDirectory authorities;
    private final CourtFeeTariffs tariffs;

    ReferenceController(AuthorityDirectory authorities, CourtFeeTariffs tariffs) {
        this.authorities = authorities;
        this.tariffs = tariffs;
    }

    @Schema(description = "What the court fee would be now, from the tariff in force (A5)")
    record FeeQuote(@Schema(example = "9000000") long amountRials, @Schema(example = "1405-1") String tariffVersion,
                    CourtFeeInputs inputs) {
    }

    @Operation(summary = "Competent authorities", description = """
            A13: the courts, prosecutors' offices and dispute-resolution councils filings are sent to, with \
            their province and city.""" + ApiDocs.ANY_SIGNED_IN)
    @ApiResponse(responseCode = "200", description = "The authorities")
    @GetMapping("/api/v1/authorities")
    List<AuthorityDirectory.Entry> authorities() {
        return List.copyOf(authorities.all());
    }

    @Operation(summary = "Court-fee tariffs", description = """
            A5: the court-fee tariffs, each with its version and the date it takes effect (set by law, kept as \
            data).""" + ApiDocs.ANY_SIGNED_IN)
    @ApiResponse(responseCode = "200", description = "The tariffs")
    @GetMapping("/api/v1/court-fee/tariffs")
    List<CourtFeeTariff> tariffs() {
        return tariffs.all();
    }

    /** What the fee would be now, from the tariff in force; the assessment on a filing is what counts. */
    @Operation(summary = "Quote a court fee", description = """
            A5: what the fee would be now for a kind of filing (a financial petition states its value); the \
            assessment on the filing is what counts.""" + ApiDocs.ANY_SIGNED_IN)
    @ApiResponse(responseCode = "200", description = "The quote")
    @GetMapping("/api/v1/court-fee/quote")
    FeeQuote quote(@RequestParam FilingKind kind, @RequestParam(required = false) ClaimNature claimNature,
                              @RequestParam(required = false) Long claimValueRials, @RequestParam String competentAuthorityId) {
        CompetentAuthority authority = authorities.find(competentAuthorityId)
                .orElseThrow(() -> InvalidInput.of("competentAuthorityId", "INVALID", "unknown competent authority"));
        if (kind == FilingKind.PETITION && (claimNature == null
                || claimNature == ClaimNature.FINANCIAL && claimValueRials == null)) {
            throw InvalidInput.of("claimValueRials", "REQUIRED", "a financial petition states its value");
        }
        CourtFeeInputs inputs = new CourtFeeInputs(kind, claimNature, claimValueRials, authority.kind());
        CourtFeeTariff tariff = tariffs.inForceAt(Instant.now());
        return new FeeQuote(tariff.compute(inputs), tariff.version(), inputs);
    }
}
