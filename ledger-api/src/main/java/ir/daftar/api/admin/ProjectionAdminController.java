package ir.daftar.api.admin;

import ir.daftar.api.problem.NotFound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
class ProjectionAdminController {

    private final ProjectionRebuilder rebuilder;

    ProjectionAdminController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String name : rebuilder.projectionNames()) {
            all.add(progress(name));
        }
        return all;
    }

    @GetMapping("/{name}")
    Map<String, Object> one(@PathVariable String name) {
        requireKnown(name);
        return progress(name);
    }

    /** Drops the projection's rows and replays every event into it; poll GET for progress. */
    @PostMapping("/{name}/rebuild")
    ResponseEntity<Map<String, Object>> rebuild(@PathVariable String name) {
        requireKnown(name);
        rebuilder.rebuild(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(progress(name));
    }

    private void requireKnown(String name) {
        if (!rebuilder.projectionNames().contains(name)) {
            throw new NotFound("projection");
        }
    }

    private Map<String, Object> progress(String name) {
        ProjectionRebuilder.Progress p = rebuilder.progress(name);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("replaying", p.replaying());
        m.put("position", p.position());
        m.put("head", p.head());
        m.put("percent", p.percent());
        return m;
    }
}
