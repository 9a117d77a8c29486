package ir.daftar.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import ir.daftar.core.common.Rule;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}, both without
 * login): its header, the two ways to sign in, one problem schema (RFC 9457) for every error, and
 * the error responses each operation can give, derived from what the operation is:
 * <ul>
 *   <li>400 when it reads a body, a query parameter or a header, or sends a command;</li>
 *   <li>401 unless it is public; 403 unless it is public or open to anyone signed in ({@link ApiDocs});</li>
 *   <li>404 when it names something by its path;</li>
 *   <li>409 and 422 when it sends a command ({@link SendsCommand});</li>
 *   <li>413 and 415 when it reads a body;</li>
 *   <li>429 unless it is public (sign-in throttling, ADR 0302), and 503 everywhere (the database unreachable).</li>
 * </ul>
 * Responses an operation documents itself (a 409 of its own, the 429 of the status lookup) stay as written.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OpenApiConfiguration.class);

    public static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    public static final String PROBLEM = "Problem";

    /** The shared error responses, by status: name in components/responses, and what it means. */
    private static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", new String[] {"BadRequest", "Malformed or invalid input (`INVALID_INPUT`, each bad field named in "
                + "`errors` with its own code), or a request that is not valid HTTP (`MALFORMED_REQUEST`: an encoded NUL or "
                + "semicolon, `//` in the path); nothing was written."});
        ERRORS.put("401", new String[] {"Unauthenticated", "No or wrong credentials (`UNAUTHENTICATED`)."});
        ERRORS.put("403", new String[] {"Forbidden", "Signed in, but not with a role allowed here (`FORBIDDEN`)."});
        ERRORS.put("404", new String[] {"NotFound", "Unknown, or not yours to see (`NOT_FOUND`): the two are not told apart."});
        ERRORS.put("409", new String[] {"Conflict", "Changed by someone else meanwhile, or created already "
                + "(`CONCURRENT_CHANGE`; read again and retry), or an id already used (`ID_ALREADY_USED`)."});
        ERRORS.put("413", new String[] {"PayloadTooLarge", "The body is larger than `daftar.http.max-body-size` "
                + "(`PAYLOAD_TOO_LARGE`)."});
        ERRORS.put("415", new String[] {"UnsupportedMediaType", "Send `application/json` (`UNSUPPORTED_MEDIA_TYPE`)."});
        ERRORS.put("422", new String[] {"RuleRefused", "A rule of the regulation refused the request: `code` is the rule "
                + "(e.g. `A15_MINIMUM_STAFFING`), `article` its article; nothing was written. The rules are listed "
                + "under the Problem schema's `code`."});
        ERRORS.put("429", new String[] {"TooManyRequests", "Too many failed sign-ins for this account from this client "
                + "(`LOGIN_THROTTLED`), or too many lookups (`TOO_MANY_REQUESTS`); `Retry-After` says when to try again."});
        ERRORS.put("503", new String[] {"ServiceUnavailable", "The database cannot be reached just now (`DATABASE_UNAVAILABLE`). "
                + "Send the same request again after `Retry-After` (a filing start with the same Idempotency-Key): when "
                + "the connection died during the commit, it may have been recorded (docs/database-outage.md)."});
    }

    /** A reference to one of the shared error responses, e.g. for an operation's own {@code @ApiResponse(ref = ...)}. */
    public static String errorRef(String status) {
        return "#/components/responses/" + ERRORS.get(status)[0];
    }

    @Bean
    public OpenAPI daftarOpenApi(MessageSource messages) {
        Components components = new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Local accounts (the embedded default's demo accounts use the password `daftar-demo`)."))
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A token of the configured OpenID Connect provider naming one Daftar role "
                                + "(`role`), the person (`actor_id` or `sub`) and the office (`office_id`) or "
                                + "authority (`authority_id`) the role needs."))
                .addSchemas(PROBLEM, problemSchema(messages));
        ERRORS.forEach((status, named) -> components.addResponses(named[0], new ApiResponse().description(named[1])
                .content(problemContent())));
        return new OpenAPI()
                .info(new Info().title("Daftar").version("v1").description("""
                        دفتر: the event-sourced ledger of Iran's judicial electronic services offices, under the \
                        2018 executive regulation (articles A2–A39). Every filing, verification, fee, tracking code, \
                        contact detail, notice, report, inspection and decision is an immutable event; what is read \
                        here is rebuilt from those events.

                        Each operation names the articles it serves and the roles allowed. Commands answer 201 \
                        (something new, with its id) or 202 (an act recorded on something that exists). Errors are \
                        `application/problem+json` (RFC 9457) with a stable `code` and, when a rule refused the \
                        request, its `article`; titles and details are in Persian unless `Accept-Language: en` is \
                        sent. Every answer carries an `X-Request-Id` (send your own to follow a request in the logs)."""))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .tags(List.of(
                        tag(ApiDocs.TAG_FILINGS, "A5–A7: a filing on the portal route (A5) or at an office (A6), "
                                + "from start to submission, and its history."),
                        tag(ApiDocs.TAG_COURT, "A11, A13: the competent authority registers or returns a filing, "
                                + "and registers complaints lodged with it on paper."),
                        tag(ApiDocs.TAG_NOTICES, "A7, A8: notices and electronic service: deposit in the SANA account "
                                + "is service, the first view is recorded, deadlines run from service."),
                        tag(ApiDocs.TAG_REPORTS, "A9, A10: reporting bodies and their reports, each with a tracking "
                                + "code; preliminary paper files registered after the fact."),
                        tag(ApiDocs.TAG_OFFICES, "A3, A14, A15: offices, their staff and the minimum staffing."),
                        tag(ApiDocs.TAG_INSPECTIONS, "A28, A33, A37: inspections replay an office's activity from the "
                                + "ledger, with findings, requests to the office and a reasoned report."),
                        tag(ApiDocs.TAG_KANOONS, "A23, A25-A28: Kanoons formed for province centres and the provinces "
                                + "each covers, their boards and inspection orders; the Advisory Council's members."),
                        tag(ApiDocs.TAG_STATUS, "A4, A12: the applicant's public status lookup by tracking code and "
                                + "national code; who read the case."),
                        tag(ApiDocs.TAG_REFERENCE, "A5, A13: competent authorities and court-fee tariffs."),
                        tag(ApiDocs.TAG_ACCOUNT, "A12: who the caller is."),
                        tag(ApiDocs.TAG_RECEIPTS, "A7, A8, A37-6: signed receipts that verify offline (the office "
                                + "confirmation, each payment, a notice's proof of service), their keys and their check."),
                        tag(ApiDocs.TAG_ADMIN, "A12: operating the system: projections, the tamper-evident ledger, "
                                + "SMS alerts, reference data import."),
                        tag(ApiDocs.TAG_STATISTICS, "A12, A22(d), A28(c), A37-3: progress statistics, the offices' "
                                + "evaluation and performance, and the public office scorecard.")));
    }

    /** The error responses every operation can give, from what it is (see the class comment). */
    @Bean
    public OperationCustomizer daftarErrorResponses() {
        return (operation, handler) -> {
            boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
            String description = operation.getDescription() == null ? "" : operation.getDescription();
            boolean body = hasParameter(handler, RequestBody.class);
            boolean input = body || hasParameter(handler, RequestParam.class) || hasParameter(handler, RequestHeader.class);
            boolean command = handler.hasMethodAnnotation(SendsCommand.class);
            ApiResponses responses = operation.getResponses();
            if (input || command) {
                addError(responses, "400");
            }
            if (!open) {
                addError(responses, "401");
                // sign-ins are throttled after repeated failures (ADR 0302)
                addError(responses, "429");
                if (!description.contains(ApiDocs.ANY_SIGNED_IN)) {
                    addError(responses, "403");
                }
            }
            if (hasParameter(handler, PathVariable.class)) {
                addError(responses, "404");
            }
            if (command) {
                addError(responses, "409");
            }
            if (body) {
                addError(responses, "413");
                addError(responses, "415");
            }
            if (command) {
                addError(responses, "422");
            }
            // every operation reads or writes the database (docs/database-outage.md)
            addError(responses, "503");
            return operation;
        };
    }

    /** One line a newcomer can use, instead of springdoc's warnings that its endpoints are on (they are meant to be). */
    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        log.info("API document at /v3/api-docs, Swagger UI at /swagger-ui.html (no login needed)");
    }

    private static void addError(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref(errorRef(status)));
        }
    }

    private static boolean hasParameter(HandlerMethod handler, Class<? extends Annotation> annotation) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema(MessageSource messages) {
        StringBuilder codes = new StringBuilder("""
                The stable code of the problem: `INVALID_INPUT` (400), `UNAUTHENTICATED` (401), `FORBIDDEN` (403), \
                `NOT_FOUND` (404), `CONCURRENT_CHANGE`, `ID_ALREADY_USED`, `ALERT_NOT_DEAD` or `REBUILD_RUNNING` (409), `PAYLOAD_TOO_LARGE` (413), \
                `UNSUPPORTED_MEDIA_TYPE` (415), `TOO_MANY_REQUESTS` or `LOGIN_THROTTLED` (429), `INTERNAL_ERROR` (500), `DATABASE_UNAVAILABLE` (503), or one of the \
                rules of the regulation (422). Requests refused before any endpoint: `MALFORMED_REQUEST` (400), \
                `METHOD_NOT_ALLOWED` (405), `NOT_ACCEPTABLE` (406), `NOT_IMPLEMENTED` (501). The rules:
                """);
        for (Rule rule : Rule.values()) {
            codes.append("\n- `").append(rule.name()).append('`');
            String text = messages.getMessage("rule." + rule.name(), null, null, Locale.ENGLISH);
            if (text != null) {
                codes.append(": ").append(text);
            }
        }
        Schema fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, e.g. `applicant.identifier` or `documents[0]`")
                        .example("claimValueRials"))
                .addProperty("code", new StringSchema().description("""
                        `REQUIRED`, `INVALID`, `MALFORMED` (not JSON), `WRONG_TYPE` (e.g. a number where text is asked), \
                        `UNKNOWN_FIELD`, `DUPLICATE_FIELD`, `TOO_LARGE` (nesting or text), `NOT_PLAIN_TEXT` (markup or control \
                        characters), `NEGATIVE` (an amount), `INVALID_DATE`, `DATE_OUT_OF_RANGE`, `TRACKING_CODE_INVALID`, or \
                        the rule a field breaks (e.g. `A7_MOBILE_INVALID`)""").example("INVALID"))
                .addProperty("message", new StringSchema().description("What is wrong, in the language asked"));
        return new ObjectSchema()
                .description("RFC 9457 problem details, with the stable `code` (and for rule refusals the `article`).")
                .addProperty("type", new StringSchema().format("uri").example("urn:daftar:problem:A15_MINIMUM_STAFFING"))
                .addProperty("title", new StringSchema().description("In Persian unless `Accept-Language: en`")
                        .example("Refused by a rule of the regulation"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().description("For rule refusals: the rule in plain words"))
                .addProperty("instance", new StringSchema().format("uri").example("/api/v1/filings"))
                .addProperty("code", new StringSchema().description(codes.toString()).example("A15_MINIMUM_STAFFING"))
                .addProperty("article", new StringSchema().description("The article of the regulation, for rule refusals")
                        .example("A15"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("For `INVALID_INPUT`: every bad field"))
                .addProperty("alertStatus", new StringSchema().description("For `ALERT_NOT_DEAD`: the alert's status"))
                .addProperty("reason", new StringSchema().description("For `A22_LICENCE_NOT_IN_FORCE` (ADR 0900): which "
                        + "condition fails: never issued, expired at, suspended until, revoked, relinquished")
                        .example("office OFF-1003 may not receive filings: the office's licence is suspended until "
                                + "2026-06-21T20:30:00Z"))
                .required(List.of("type", "title", "status", "code"));
    }
}
