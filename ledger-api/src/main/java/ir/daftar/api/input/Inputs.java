package ir.daftar.api.input;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.common.Digits;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.common.RuleViolation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns what people typed into value objects, collecting every bad field so that one 400
 * names them all. Persian and Arabic-Indic digits are accepted everywhere.
 */
public final class Inputs {

    /** Any minus or dash sign: ASCII, Unicode minus, the dashes, the small and full-width hyphen-minus. */
    private static final Pattern MINUS = Pattern.compile("[-\u2010-\u2015\u2212\uFE63\uFF0D]");

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    public <T> T field(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolation e) {
            errors.add(new InvalidInput.FieldError(name, e.rule().name(), e.getMessage()));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            errors.add(new InvalidInput.FieldError(name, "INVALID", e.getMessage() == null ? "required" : e.getMessage()));
        }
        return null;
    }

    /** Required: reported once, as REQUIRED, unless the field was already refused for what it holds. */
    public <T> T required(String name, T value) {
        if (value == null && errors.stream().noneMatch(e -> e.field().equals(name))) {
            errors.add(new InvalidInput.FieldError(name, "REQUIRED", "required"));
        }
        return value;
    }

    public Long amount(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (MINUS.matcher(raw).find()) {
            // a sign is never dropped: "-5", "--5" and "5-" are refused, not read as 5
            errors.add(new InvalidInput.FieldError(name, "NEGATIVE", "an amount of rials is never negative"));
            return null;
        }
        String digits = Digits.digitsOnly(raw).replace(",", "").replace("\u066C", "");
        if (!digits.matches("\\d{1,18}")) {
            errors.add(new InvalidInput.FieldError(name, "INVALID", "a whole number of rials"));
            return null;
        }
        return Long.parseLong(digits);
    }

    /**
     * A calendar date as people write it here: ISO {@code 2026-12-02} or Jalali {@code 1405/09/11} (any digits),
     * between {@code earliest} and {@code latest}; anything else is refused with the field named.
     */
    public LocalDate date(String name, String raw, LocalDate earliest, LocalDate latest) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = Digits.toAscii(raw.strip());
        LocalDate date;
        try {
            date = text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text)
                    : text.matches("1[2-5]\\d{2}/\\d{1,2}/\\d{1,2}") ? JalaliDate.parse(text).toGregorian() : null;
        } catch (DateTimeException | IllegalArgumentException e) {
            date = null;
        }
        if (date == null) {
            errors.add(new InvalidInput.FieldError(name, "INVALID_DATE", "a date: 2026-12-02 or, in the Jalali calendar, 1405/09/11"));
            return null;
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            errors.add(new InvalidInput.FieldError(name, "DATE_OUT_OF_RANGE", "between " + earliest + " and " + latest));
            return null;
        }
        return date;
    }

    /**
     * A document as sent (A5, A9, A11): its title (a name, never a path), its page count, and its content
     * ({@code contentBase64}: the SHA-256 is computed here and must match a {@code sha256} also given) or only its
     * hash. Each bad part is named under {@code prefix} (e.g. {@code documents[0].}); null when any part is bad.
     */
    public ElectronicDocument document(String prefix, String documentId, String title, Integer pageCount, String sha256,
                                       String contentBase64) {
        int before = errors.size();
        if (title != null && looksLikeAPath(title)) {
            errors.add(new InvalidInput.FieldError(prefix + "title", "INVALID", "a document title is a name, not a path"));
        }
        if (pageCount != null && (pageCount < 1 || pageCount > 10_000)) {
            errors.add(new InvalidInput.FieldError(prefix + "pageCount", "INVALID", "between 1 and 10000 pages"));
        }
        String hash = sha256;
        if (contentBase64 != null) {
            byte[] content = field(prefix + "contentBase64", () -> Base64.getDecoder().decode(contentBase64));
            if (content != null) {
                String computed = sha256(content);
                if (sha256 != null && !sha256.equalsIgnoreCase(computed)) {
                    errors.add(new InvalidInput.FieldError(prefix + "sha256", "INVALID", "does not match the content sent"));
                }
                hash = computed;
            }
        }
        if (errors.size() > before) {
            return null;
        }
        String finalHash = hash;
        return field(prefix.isEmpty() ? "document" : prefix.substring(0, prefix.length() - 1),
                () -> new ElectronicDocument(documentId, title, pageCount == null ? 0 : pageCount, finalHash));
    }

    /**
     * A title that names a place in a file system: "..", a backslash, a leading slash, or a slash not between digits.
     * A slash between digits is a Persian date or a letter's number ("نامه ۱۴۰۵/۰۹/۱۱"), which titles often carry.
     */
    static boolean looksLikeAPath(String title) {
        String t = title.strip();
        if (t.contains("..") || t.contains("\\") || t.startsWith("/")) {
            return true;
        }
        for (int i = t.indexOf('/'); i >= 0; i = t.indexOf('/', i + 1)) {
            boolean digitBefore = i > 0 && Character.isDigit(t.charAt(i - 1));
            boolean digitAfter = i + 1 < t.length() && Character.isDigit(t.charAt(i + 1));
            if (!digitBefore || !digitAfter) {
                return true;
            }
        }
        return false;
    }

    /** A list's {@code limit} parameter: {@code byDefault} when absent, else 1 to {@code max}, or 400 naming it. */
    public static int limit(Integer limit, int byDefault, int max) {
        int n = limit == null ? byDefault : limit;
        if (n < 1 || n > max) {
            throw InvalidInput.of("limit", "INVALID", "1 to " + max);
        }
        return n;
    }

    /** The SHA-256 of a document's content, in lower-case hexadecimal. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
