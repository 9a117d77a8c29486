package ir.daftar.core.authority;

import ir.daftar.core.common.PersianText;
import java.util.Objects;

/** A5, A13: the court, prosecutor's office or dispute-resolution council a filing goes to. */
public record CompetentAuthority(String id, AuthorityKind kind, String name) {

    public CompetentAuthority {
        Objects.requireNonNull(kind, "kind");
        if (id == null || !id.matches("[A-Za-z0-9\\-]{1,40}")) {
            throw new IllegalArgumentException("authority id must be 1-40 letters, digits or dashes");
        }
        name = PersianText.normalize(name);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("authority name is required (at most 200 characters)");
        }
    }
}
