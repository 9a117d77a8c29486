package ir.daftar.api.filing;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.common.Digits;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.RuleViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
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

    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
