package ir.daftar.api.problem;

import java.util.List;

/** Input that cannot become a command: answered 400 with each bad field named; nothing is written. */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public record FieldError(String field, String code, String message) {
    }

    public InvalidInput(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String code, String message) {
        return new InvalidInput(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
