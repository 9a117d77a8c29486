package ir.daftar.api.filing;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.common.Digits;
import ir.daftar.core.common.RuleViolation;
import java.util.ArrayList;
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
        } catch (IllegalArgumentException | NullPointerException e) {
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

    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
