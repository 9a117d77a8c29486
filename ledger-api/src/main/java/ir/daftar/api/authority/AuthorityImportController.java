package ir.daftar.api.authority;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A13: administrators import competent authorities from a CSV file; a bad file is refused whole. */
@RestController
class AuthorityImportController {

    private final AuthorityDirectory authorities;

    AuthorityImportController(AuthorityDirectory authorities) {
        this.authorities = authorities;
    }

    /** {@code curl -X POST -H 'Content-Type: text/csv' --data-binary @authorities.csv .../api/v1/admin/authorities/import} */
    @PostMapping(path = "/api/v1/admin/authorities/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    AuthorityDirectory.ImportResult importCsv(@RequestBody String csv) {
        return authorities.importCsv(csv);
    }
}
