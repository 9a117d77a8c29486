package ir.daftar.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.problem.NotFound;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding projections from the events, with progress. */
@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = ApiDocs.TAG_ADMIN)
class ProjectionAdminController {

    private final ProjectionRebuilder rebuilder;

    ProjectionAdminController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @Schema(description = "A projection (read model) and how far a rebuild has come")
    record ProjectionProgress(@Schema(example = "case-history") String name, boolean replaying,
                              @Schema(description = "The global index replayed so far") long position,
                              @Schema(description = "The global index of the newest event") long head,
                              @Schema(example = "100") int percent) {
    }

    @Operation(summary = "The projections", description = """
            A12: every read model (status, history, notices, access log, ...) and whether it is being rebuilt \
            from the events.""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "200", description = "The projections")
    @GetMapping
    List<ProjectionProgress> list() {
        List<ProjectionProgress> all = new ArrayList<>();
        for (String name : rebuilder.projectionNames()) {
            all.add(progress(name));
        }
        return all;
    }

    @Operation(summary = "One projection's progress", description = """
            A12: poll this while a rebuild runs.""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "200", description = "The projection")
    @GetMapping("/{name}")
    ProjectionProgress one(@PathVariable String name) {
        requireKnown(name);
        return progress(name);
    }

    /** Drops the projection's rows and replays every event into it; poll GET for progress. */
    @Operation(summary = "Rebuild a projection", description = """
            A12: drops the projection's rows and replays every event into it, in the background; the events \
            themselves never change.""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "202", description = "Started; poll the projection for progress")
    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionProgress> rebuild(@PathVariable String name) {
        requireKnown(name);
        rebuilder.rebuild(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(progress(name));
    }

    private void requireKnown(String name) {
        if (!rebuilder.projectionNames().contains(name)) {
            throw new NotFound("projection");
        }
    }

    private ProjectionProgress progress(String name) {
        ProjectionRebuilder.Progress p = rebuilder.progress(name);
        return new ProjectionProgress(name, p.replaying(), p.position(), p.head(), p.percent());
    }
}
