package ir.daftar.api.web;

import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * For every page: where it is (for the language switch to come back to), and a failure no page handled itself
 * shown as a page with the API's own status, title and article ({@link PageProblems}), not as JSON.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private final PageProblems problems;

    PageAdvice(PageProblems problems) {
        this.problems = problems;
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

    @ExceptionHandler(RuntimeException.class)
    String failed(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        PageProblem problem = problems.describe(e, request, response);
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        model.addAttribute("here", here(request));
        return "site/problem";
    }
}
