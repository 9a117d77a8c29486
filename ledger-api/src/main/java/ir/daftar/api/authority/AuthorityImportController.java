package ir.daftar.api.authority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A13: administrators import competent authorities from a CSV file; a bad file is refused whole. */
@RestController
@Tag(name = ApiDocs.TAG_ADMIN)
class AuthorityImportController {

    private final AuthorityDirectory authorities;

    AuthorityImportController(AuthorityDirectory authorities) {
        this.authorities = authorities;
    }

    /** {@code curl -X POST -H 'Content-Type: text/csv' --data-binary @authorities.csv .../api/v1/admin/authorities/import} */
    @Operation(summary = "Import competent authorities", description = """
            A13: imports competent authorities from a CSV file (new ones created, known ones updated); a bad file \
            is refused whole, each bad line named.""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "200", description = "What the import did")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(value = "id,kind,name,province,city\n"
                    + "TEH-CIV-12,COURT,دادگاه عمومی حقوقی تهران - شعبه ۱۲,تهران,تهران")))
    @PostMapping(path = "/api/v1/admin/authorities/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    AuthorityDirectory.ImportResult importCsv(@RequestBody String csv) {
        return authorities.importCsv(csv);
    }
}
