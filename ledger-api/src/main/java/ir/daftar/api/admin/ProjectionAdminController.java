package ir.daftar.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.OpenApiConfiguration;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.problem.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding projections from the events, with progress. */
@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = ApiDocs.TAG_ADMIN)
class ProjectionAdminController {

    private final ProjectionRebuilder rebuilder;
    private final OnePassRebuild onePass;
    private final Problems problems;

    ProjectionAdminController(ProjectionRebuilder rebuilder, OnePassRebuild onePass, Problems problems) {
        this.rebuilder = rebuilder;
        this.onePass = onePass;
        this.problems = problems;
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
    @ApiResponse(responseCode = "202", description = "Started; poll the projection for progress",
            content = @Content(schema = @Schema(implementation = ProjectionProgress.class)))
    @ApiResponse(responseCode = "409", description = "A one-pass rebuild is running (`REBUILD_RUNNING`)",
            content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
                    schema = @Schema(ref = OpenApiConfiguration.PROBLEM)))
    @PostMapping("/{name}/rebuild")
    ResponseEntity<Object> rebuild(@PathVariable String name) {
        requireKnown(name);
        if (onePass.running()) {
            return running();
        }
        rebuilder.rebuild(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(progress(name));
    }

    @Schema(description = "A rebuild of several projections in one pass over the events: how far it has come, "
            + "its rate and the time it still needs")
    record RebuildStatus(@Schema(description = "NEVER_RUN, RUNNING, DONE or FAILED") String state,
                         @Schema(description = "The projections rebuilt") List<String> projections,
                         @Schema(description = "The global index replayed so far") long position,
                         @Schema(description = "The global index of the newest event when the pass started") long head,
                         @Schema(example = "42") int percent,
                         @Schema(description = "Events handled so far") long events,
                         @Schema(description = "Events handled per second since the start") double eventsPerSecond,
                         @Schema(description = "Seconds still needed at the pace so far (while running)") Long secondsLeft,
                         Instant startedAt, Instant finishedAt,
                         @Schema(description = "Why it stopped, when it failed (the processors then finish the rebuild)")
                         String failure) {

        static RebuildStatus of(OnePassRebuild.Status s) {
            return new RebuildStatus(s.state().name(), s.projections(), s.position(), s.head(), s.percent(), s.events(),
                    s.eventsPerSecond(), s.secondsLeft(), s.startedAt(), s.finishedAt(), s.failure());
        }
    }

    @Operation(summary = "Rebuild projections in one pass", description = """
            A12: drops the rows of the projections named in `only` (all of them when absent) and replays the events \
            into all of them in one pass: each event is read once and handed to each projection, in large \
            batches, each batch committed with the projections' positions (ADR 0102). Runs in the background; \
            poll `GET .../rebuild` for progress, rate and time left. The events themselves never change.""" + ApiDocs.ROLES
            + "ADMIN.")
    @ApiResponse(responseCode = "202", description = "Started; poll its progress",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @ApiResponse(responseCode = "409", description = "A rebuild in one pass is already running (`REBUILD_RUNNING`)",
            content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
                    schema = @Schema(ref = OpenApiConfiguration.PROBLEM)))
    @PostMapping("/rebuild")
    ResponseEntity<Object> rebuildInOnePass(
            @Parameter(description = "Comma-separated projection names; all projections when absent", example = "case-status,notices")
            @RequestParam(required = false) String only) {
        List<String> names = only == null ? List.of()
                : Arrays.stream(only.split(",", -1)).map(String::trim).toList();
        for (String name : names) {
            if (!rebuilder.projectionNames().contains(name)) {
                throw InvalidInput.of("only", "INVALID", "not a projection");
            }
        }
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(RebuildStatus.of(onePass.start(names)));
        } catch (OnePassRebuild.AlreadyRunning e) {
            return running();
        }
    }

    @Operation(summary = "The one-pass rebuild's progress", description = """
            A12: the last (or running) rebuild in one pass: position, head, events per second and the time left.""" + ApiDocs.ROLES
            + "ADMIN.")
    @ApiResponse(responseCode = "200", description = "Its state")
    @GetMapping("/rebuild")
    RebuildStatus rebuildStatus() {
        return RebuildStatus.of(onePass.status());
    }

    private ResponseEntity<Object> running() {
        ProblemDetail p = problems.of(HttpStatus.CONFLICT, "REBUILD_RUNNING");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
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
