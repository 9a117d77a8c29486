package ir.daftar.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of the pages (server-rendered HTML for people, issue 15), as opposed to the REST API's
 * {@code @RestController}s. A page controller lives next to the API controller of its feature and calls it: the
 * pages send the same commands and queries under the same access policies and logs, there is no second path to
 * the ledger. Page controllers are not API operations (not in the OpenAPI document); their access rules are in
 * {@code security.PageSecurityConfiguration} and in the page rows of {@code AccessMatrixIT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@Hidden
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
