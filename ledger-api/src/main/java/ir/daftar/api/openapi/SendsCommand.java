package ir.daftar.api.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation sends a command to the ledger, so a rule of the regulation may refuse it (422 with
 * the rule's code and article) and a concurrent change may conflict with it (409). The OpenAPI
 * document lists both responses for it ({@link OpenApiConfiguration}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SendsCommand {
}
