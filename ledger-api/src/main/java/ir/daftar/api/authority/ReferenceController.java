package ir.daftar.api.authority;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.fee.CourtFeeTariff;
import ir.daftar.core.fee.CourtFeeTariffs;
import ir.daftar.core.filing.FilingKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reference data: competent authorities (A13) and court-fee tariffs, with a fee quote. */
@RestController
class ReferenceController {

    private final AuthorityDirectory authorities;
    private final CourtFeeTariffs tariffs;

    ReferenceController(AuthorityDirectory authorities, CourtFeeTariffs tariffs) {
        this.authorities = authorities;
        this.tariffs = tariffs;
    }

    @GetMapping("/api/v1/authorities")
    List<AuthorityDirectory.Entry> authorities() {
        return List.copyOf(authorities.all());
    }

    @GetMapping("/api/v1/court-fee/tariffs")
    List<CourtFeeTariff> tariffs() {
        return tariffs.all();
    }

    /** What the fee would be now, from the tariff in force; the assessment on a filing is what counts. */
    @GetMapping("/api/v1/court-fee/quote")
    Map<String, Object> quote(@RequestParam FilingKind kind, @RequestParam(required = false) ClaimNature claimNature,
                              @RequestParam(required = false) Long claimValueRials, @RequestParam String competentAuthorityId) {
        CompetentAuthority authority = authorities.find(competentAuthorityId)
                .orElseThrow(() -> InvalidInput.of("competentAuthorityId", "INVALID", "unknown competent authority"));
        if (kind == FilingKind.PETITION && (claimNature == null
                || claimNature == ClaimNature.FINANCIAL && claimValueRials == null)) {
            throw InvalidInput.of("claimValueRials", "REQUIRED", "a financial petition states its value");
        }
        CourtFeeInputs inputs = new CourtFeeInputs(kind, claimNature, claimValueRials, authority.kind());
        CourtFeeTariff tariff = tariffs.inForceAt(Instant.now());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amountRials", tariff.compute(inputs));
        body.put("tariffVersion", tariff.version());
        body.put("inputs", inputs);
        return body;
    }
}
