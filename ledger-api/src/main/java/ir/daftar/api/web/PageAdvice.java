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

    /**
     * What every page's bar needs, in one model method (Spring MVC builds a handler for each model method on every
     * request: four of them were a twentieth of the status page's CPU in its profile, docs/performance.md):
     * {@code here}, the page's path and query for the language switch; {@code role} and {@code userName}, the
     * signed-in person's ({@code null} for a visitor: one look at the principal per page instead of a security
     * expression per link); {@code chrome}, a visitor's bar and footer rendered once per language and address
     * ({@link VisitorChrome}), else {@code null}.
     */
    @ModelAttribute
    void page(HttpServletRequest request, HttpServletResponse response, Model model) {
        String here = here(request);
        DaftarPrincipal principal = CurrentActor.principal().orElse(null);
        model.addAttribute("here", here);
        model.addAttribute("role", principal == null ? null : principal.role().name());
        model.addAttribute("userName", principal == null ? null : principal.username());
        model.addAttribute("chrome", principal == null ? chrome.forVisitor(here, request, response) : null);
    }

    /** This page's path and query, for the language switch; after a form was sent, the page the form was on. */
    private static String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod())) {
            return path;
        }
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    @ExceptionHandler(RuntimeException.class)
    String failed(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        PageProblem problem = problems.describe(e, request, response);
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        page(request, response, model);
        return "site/problem";
    }
}
