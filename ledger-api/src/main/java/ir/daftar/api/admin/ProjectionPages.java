package ir.daftar.api.admin;

import ir.daftar.api.admin.ProjectionAdminController.RebuildStatus;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's start page, and the projections (A12, issue 14): each read model's position, and a rebuild of
 * all of them in one pass with its progress, rate and time left. The progress is the page as rendered (a refresh
 * link renders it again); with JavaScript, {@code assets/rebuild.js} polls {@code /admin/projections/rebuild/progress}
 * (the very answer of {@link ProjectionAdminController#rebuildStatus()}) and moves the bar. Each page asks
 * {@link ProjectionAdminController}: the same rebuild, the same refusal while one runs.
 */
@PageController
class ProjectionPages {

    private final ProjectionAdminController projections;
    private final PageProblems problems;

    ProjectionPages(ProjectionAdminController projections, PageProblems problems) {
        this.projections = projections;
        this.problems = problems;
    }

    /** The start page of the General Directorate and the administrators: the sections each may open. */
    @GetMapping("/admin")
    String start() {
        return "admin/start";
    }

    @GetMapping("/admin/projections")
    String list(Model model) {
        show(model);
        return "admin/projections";
    }

    /** Starts a rebuild in one pass of all projections (or those named in {@code only}); back to the progress. */
    @PostMapping("/admin/projections/rebuild")
    String rebuild(@RequestParam(required = false) String only, HttpServletRequest request, HttpServletResponse response,
                   Model model, RedirectAttributes redirect) {
        PageProblem problem;
        try {
            ResponseEntity<Object> answer = projections.rebuildInOnePass(only == null || only.isBlank() ? null : only);
            if (!(answer.getBody() instanceof ProblemDetail refusal)) {
                redirect.addFlashAttribute("done", "page.admin.projections.started");
                return "redirect:/admin/projections";
            }
            problem = of(refusal);
        } catch (RuntimeException e) {
            problem = problems.describe(e, request, response);
        }
        model.addAttribute("problem", problem);
        show(model);
        response.setStatus(problem.status());
        return "admin/projections";
    }

    /** The one-pass rebuild's state for the page's script: the API's own answer, from the page's session. */
    @GetMapping("/admin/projections/rebuild/progress")
    @ResponseBody
    ResponseEntity<RebuildStatus> progress() {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue())
                .body(projections.rebuildStatus());
    }

    private void show(Model model) {
        model.addAttribute("projections", projections.list());
        model.addAttribute("rebuild", projections.rebuildStatus());
    }

    /** A refusal the controller answered itself (409 while a rebuild runs), as the page shows any other. */
    private static PageProblem of(ProblemDetail p) {
        Object code = p.getProperties() == null ? null : p.getProperties().get("code");
        Object article = p.getProperties() == null ? null : p.getProperties().get("article");
        return new PageProblem(p.getStatus(), code == null ? HttpStatus.valueOf(p.getStatus()).name() : code.toString(),
                p.getTitle(), p.getDetail(), article == null ? null : article.toString(), List.of());
    }
}
