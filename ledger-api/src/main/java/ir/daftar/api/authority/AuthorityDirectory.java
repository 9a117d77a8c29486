package ir.daftar.api.authority;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A13: the competent authorities filings are routed to (courts and branches, prosecutor's
 * offices, dispute-resolution councils), read from {@code authorities/authorities.csv}.
 */
@Component
public class AuthorityDirectory {

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    public record Entry(CompetentAuthority authority, String province, String city) {
    }

    AuthorityDirectory() throws IOException {
        ClassPathResource csv = new ClassPathResource("authorities/authorities.csv");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.startsWith("id,kind,name")) {
                throw new IllegalStateException("authorities.csv must start with the header id,kind,name,province,city");
            }
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("authorities.csv line " + lineNo + ": expected 5 fields");
                }
                CompetentAuthority a = new CompetentAuthority(f[0].strip(), AuthorityKind.valueOf(f[1].strip()), f[2].strip());
                byId.put(a.id(), new Entry(a, f[3].strip(), f[4].strip()));
            }
        }
    }

    public Optional<CompetentAuthority> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::authority);
    }

    public Collection<Entry> all() {
        return byId.values();
    }
}
