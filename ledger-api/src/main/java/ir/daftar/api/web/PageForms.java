package ir.daftar.api.web;

import ir.daftar.api.input.Times;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Digits;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A page's form becomes the API's own request record, checked by the same constraints ({@code @NotNull},
 * {@code @Size}, ...) the API checks with {@code @Valid}, and refused the same way ({@link InvalidInput}, each field
 * named) before anything is sent.
 */
@Component
public class PageForms {

    private final Validator validator;

    PageForms(Validator validator) {
        this.validator = validator;
    }

    /** {@code request} if it satisfies its constraints; otherwise {@link InvalidInput} naming each field. */
    public <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return request;
        }
        List<InvalidInput.FieldError> errors = violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new InvalidInput.FieldError(v.getPropertyPath().toString(),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName().equals("NotNull")
                                ? "REQUIRED" : "INVALID", v.getMessage()))
                .toList();
        throw new InvalidInput(errors);
    }

    /** A form field that was left empty is absent, as a missing JSON field is. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A yes or no a form's radio buttons name ({@code true}/{@code false}); none chosen is absent, as a missing JSON
     * field is, and anything else is refused naming the field. */
    public static Boolean yesNo(Map<String, String> form, String name) {
        String value = blankToNull(form.get(name));
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InvalidInput.of(name, "INVALID", "true or false");
        };
    }

    /**
     * A Jalali day typed in a form (Persian or Latin digits, e.g. 1410/01/01) as the instant its day begins in Tehran,
     * the time the API takes; empty is absent, and a day that is not one, or outside the ledger's years, is refused
     * naming the field.
     */
    public static Instant jalaliDay(Map<String, String> form, String field) {
        String raw = blankToNull(form.get(field));
        if (raw == null) {
            return null;
        }
        JalaliDate date;
        try {
            date = JalaliDate.parse(Digits.toAscii(raw));
        } catch (IllegalArgumentException notADate) {
            throw InvalidInput.of(field, "INVALID", "a Jalali date, yyyy/mm/dd");
        }
        return Times.inRange(field, date.toGregorian().atStartOfDay(Times.TEHRAN).toInstant());
    }
}
