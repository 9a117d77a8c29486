package ir.daftar.api.web;

import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * For every page: where it is (for the language switch to come back to), who is signed in, and a failure no page handled itself
 * shown as a page with the API's own status, title and article ({@link PageProblems}), not as JSON.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private final PageProblems problems;
    private final VisitorChrome chrome;

    PageAdvice(PageProblems problems, VisitorChrome chrome) {
        this.problems = problems;
        this.chrome = chrome;
    }

    /** This page's path and query, for the language switch; after a form was sent, the page the form was on. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod())) {
            return path;
        }
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    /**
     * The signed-in person's role ({@code null} for a visitor), for the navigation: one look at the principal per
     * page instead of a security expression per link (the status page's profile, docs/performance.md).
     */
    @ModelAttribute("role")
    String role() {
        return CurrentActor.principal().map(p -> p.role().name()).orElse(null);
    }

    /** A visitor's bar and footer, rendered once per language and address ({@link VisitorChrome}); else {@code null}. */
    @ModelAttribute("chrome")
    VisitorChrome.Parts chrome(HttpServletRequest request, HttpServletResponse response) {
        return CurrentActor.principal().isPresent() ? null : chrome.forVisitor(here(request), request, response);
    }

    @ModelAttribute("userName")
    String userName() {
        return CurrentActor.principal().map(DaftarPrincipal::username).orElse(null);
    }

    @ExceptionHandler(RuntimeException.class)
    String failed(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        PageProblem problem = problems.describe(e, request, response);
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        model.addAttribute("here", here(request));
        model.addAttribute("role", role());
        model.addAttribute("userName", userName());
        return "site/problem";
    }
}
