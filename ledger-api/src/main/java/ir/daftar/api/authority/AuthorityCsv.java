package ir.daftar.api.authority;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.PersianText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A13: reads competent authorities from CSV ({@code id,kind,name,province,city}, UTF-8, a header
 * line, fields may be double-quoted). Every line is checked; a bad file is refused as a whole
 * with each error naming its line and field (e.g. {@code line 4: kind}), so nothing is written.
 */
final class AuthorityCsv {

    static final String HEADER = "id,kind,name,province,city";
    static final int MAX_ROWS = 10_000;
    private static final int MAX_ERRORS = 100;

    private AuthorityCsv() {
    }

    static List<AuthorityDirectory.Entry> parse(String text) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Map<String, AuthorityDirectory.Entry> entries = new LinkedHashMap<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            throw InvalidInput.of("line 1", "INVALID", "the first line must be the header " + HEADER);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.length && errors.size() < MAX_ERRORS; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (entries.size() >= MAX_ROWS) {
                errors.add(new InvalidInput.FieldError("line " + lineNo, "INVALID", "at most " + MAX_ROWS + " authorities per file"));
                break;
            }
            List<String> f = fields(line);
            if (f == null || f.size() != 5) {
                errors.add(new InvalidInput.FieldError("line " + lineNo, "INVALID", "expected 5 fields: " + HEADER));
                continue;
            }
            int before = errors.size();
            String id = f.get(0).strip();
            if (!id.matches("[A-Za-z0-9\\-]{1,40}")) {
                errors.add(error(lineNo, "id", "1-40 letters, digits or dashes"));
            } else if (!seen.add(id)) {
                errors.add(error(lineNo, "id", "appears twice in the file"));
            }
            AuthorityKind kind = null;
            try {
                kind = AuthorityKind.valueOf(f.get(1).strip());
            } catch (IllegalArgumentException e) {
                errors.add(error(lineNo, "kind", "one of " + Arrays.toString(AuthorityKind.values())));
            }
            String name = PersianText.normalize(f.get(2));
            if (name.isBlank() || name.length() > 200) {
                errors.add(error(lineNo, "name", "required, at most 200 characters"));
            }
            String province = PersianText.normalize(f.get(3));
            if (province.isBlank() || province.length() > 100) {
                errors.add(error(lineNo, "province", "required, at most 100 characters"));
            }
            String city = PersianText.normalize(f.get(4));
            if (city.isBlank() || city.length() > 100) {
                errors.add(error(lineNo, "city", "required, at most 100 characters"));
            }
            if (errors.size() == before) {
                entries.put(id, new AuthorityDirectory.Entry(new CompetentAuthority(id, kind, name), province, city));
            }
        }
        if (errors.isEmpty() && entries.isEmpty()) {
            errors.add(new InvalidInput.FieldError("line 2", "REQUIRED", "the file lists no authority"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return List.copyOf(entries.values());
    }

    private static InvalidInput.FieldError error(int lineNo, String field, String message) {
        return new InvalidInput.FieldError("line " + lineNo + ": " + field, "INVALID", message);
    }

    /** The fields of one line; double quotes enclose a field, and {@code ""} inside them is a quote. Null when a quote is not closed. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(field.toString());
        return out;
    }
}
