package ir.daftar.api.web;

import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.PageSecurityConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The pages that belong to no feature: sign-in, where a signed-in person lands, the language switch, refusals. */
@PageController
class SiteController {

    private final LocaleResolver locales;

    SiteController(LocaleResolver locales) {
        this.locales = locales;
    }

    @GetMapping("/login")
    String login() {
        return "site/login";
    }

    /** Where the sign-in form sends a person: the first page of their role. */
    @GetMapping("/home")
    String home() {
        return "redirect:" + PageSecurityConfiguration.landing(CurrentActor.signedIn());
    }

    /** Persian or English, kept in a cookie; back to the page the switch was pressed on (a path of this site only). */
    @GetMapping("/lang/{language:fa|en}")
    String language(@PathVariable String language, @RequestParam(required = false) String back,
                    HttpServletRequest request, HttpServletResponse response) {
        locales.setLocale(request, response, Locale.forLanguageTag(language));
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    /** A page this role may not open, or a form sent without its CSRF token (its session ended). */
    @RequestMapping("/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "site/denied";
    }

    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() <= 512 && path.chars().noneMatch(c -> c < 0x20);
    }
}
