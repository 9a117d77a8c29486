package ir.daftar.api.filing;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.common.Digits;
import ir.daftar.core.common.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns what people typed into value objects, collecting every bad field so that one 400
 * names them all. Persian and Arabic-Indic digits are accepted everywhere.
 */
public final class Inputs {

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

    public <T> T required(String name, T value) {
        if (value == null) {
            errors.add(new InvalidInput.FieldError(name, "REQUIRED", "required"));
        }
        return value;
    }

    public Long amount(String name, String raw) {
        if (raw == null || raw.isBlank()) {
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
