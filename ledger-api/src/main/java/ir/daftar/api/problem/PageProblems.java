package ir.daftar.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * The pages' view of a failure: the very answer the API gives for the same exception ({@link ApiExceptionHandler}'s
 * own handler methods, found as Spring MVC finds them), so a page and an API client are refused with the same
 * status, code, article and field errors, in the page's language.
 */
@Component
public class PageProblems {

    /** A refusal as a page shows it; {@code fields} name the form fields the refusal is about. */
    public record PageProblem(int status, String code, String title, String detail, String article,
                              List<FieldMessage> fields) {

        /** The message about one field, if there is one. */
        public String about(String field) {
            return fields.stream().filter(f -> f.field().equals(field)).map(FieldMessage::message).findFirst()
                    .orElse(null);
        }

        /** The messages not about any of the given fields: shown at the top of the form. */
        public List<FieldMessage> except(List<String> shownBeside) {
            return fields.stream().filter(f -> shownBeside == null || !shownBeside.contains(f.field())).toList();
        }
    }

    /** One field's error: the field, its code, the message in the page's language. */
    public record FieldMessage(String field, String code, String message) {
    }

    private final ApiExceptionHandler handler;
    private final ExceptionHandlerMethodResolver resolver = new ExceptionHandlerMethodResolver(ApiExceptionHandler.class);

    PageProblems(ApiExceptionHandler handler) {
        this.handler = handler;
    }

    /** What the API would answer to {@code failure}; a failure it has no handler for is rethrown. */
    public PageProblem describe(RuntimeException failure, HttpServletRequest request, HttpServletResponse response) {
        Method method = resolver.resolveMethod(failure);
        if (method == null) {
            throw failure;
        }
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i].isInstance(failure)) {
                args[i] = failure;
            } else if (types[i] == HttpServletRequest.class) {
                args[i] = request;
            } else if (types[i] == HttpServletResponse.class) {
                args[i] = response;
            }
        }
        Object answer;
        try {
            method.setAccessible(true);
            answer = method.invoke(handler, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw failure;
        }
        ProblemDetail p = answer instanceof ResponseEntity<?> entity ? (ProblemDetail) entity.getBody() : (ProblemDetail) answer;
        return of(p);
    }

    private static PageProblem of(ProblemDetail p) {
        Map<String, Object> props = p.getProperties() == null ? Map.of() : p.getProperties();
        List<FieldMessage> fields = new ArrayList<>();
        if (props.get("errors") instanceof List<?> errors) {
            for (Object e : errors) {
                if (e instanceof Map<?, ?> m) {
                    fields.add(new FieldMessage(String.valueOf(m.get("field")), String.valueOf(m.get("code")),
                            String.valueOf(m.get("message"))));
                }
            }
        }
        Object code = props.get("code");
        Object article = props.get("article");
        return new PageProblem(p.getStatus(), code == null ? HttpStatus.valueOf(p.getStatus()).name() : code.toString(),
                p.getTitle(), p.getDetail(), article == null ? null : article.toString(), List.copyOf(fields));
    }
}
