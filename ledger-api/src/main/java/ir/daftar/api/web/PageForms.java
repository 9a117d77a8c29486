package ir.daftar.api.web;

import ir.daftar.api.problem.InvalidInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
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
}
