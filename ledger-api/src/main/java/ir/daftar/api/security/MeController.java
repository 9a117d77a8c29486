package ir.daftar.api.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the account, role and office of the caller. */
@RestController
class MeController {

    @GetMapping("/api/v1/me")
    Map<String, Object> me() {
        DaftarPrincipal p = CurrentActor.principal().orElseThrow();
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", p.username());
        me.put("role", p.role());
        me.put("officeId", p.officeId());
        me.put("authorityId", p.authorityId());
        me.put("reportingBodyId", p.reportingBodyId());
        return me;
    }
}
