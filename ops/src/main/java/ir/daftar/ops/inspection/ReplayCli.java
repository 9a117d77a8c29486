package ir.daftar.ops.inspection;

import ir.daftar.core.inspection.AuditLimits;
import ir.daftar.core.inspection.Finding;
import ir.daftar.projections.replay.OfficeReplay;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The inspector's replay from the command line: streams the event store of a Daftar database,
 * prints progress lines to stderr, the office's activity (one line per act) when asked, and the
 * findings with their articles and evidence event ids.
 *
 * <pre>
 * java -cp ... ir.daftar.ops.inspection.ReplayCli --url jdbc:postgresql://127.0.0.1:5432/daftar --user postgres \
 *      --office OFF-1001 --from 2025-03-21T00:00:00Z --to 2025-09-22T00:00:00Z [--activity]
 * </pre>
 */
public final class ReplayCli {

    private ReplayCli() {
    }

    public static void main(String[] args) {
        Map<String, String> a = options(args);
        if (!a.containsKey("url") || !a.containsKey("office")) {
            System.err.println("usage: ReplayCli --url JDBC_URL [--user U] [--password P] --office ID "
                    + "[--from ISO_INSTANT] [--to ISO_INSTANT] [--activity] [--root REPOSITORY_ROOT]");
            System.exit(2);
        }
        Instant from = Instant.parse(a.getOrDefault("from", "1970-01-01T00:00:00Z"));
        Instant to = a.containsKey("to") ? Instant.parse(a.get("to")) : Instant.now();
        boolean showActivity = a.containsKey("activity");
        Path root = Path.of(a.getOrDefault("root", "."));
        Ledger ledger = new Ledger(ScenarioGenerator.dataSource(a.get("url"), a.get("user"), a.get("password")),
                Ledger.tariffs(root));
        AuditLimits limits = new AuditLimits(
                Duration.parse(a.getOrDefault("limit-received-to-digitized", AuditLimits.DEFAULTS.receivedToDigitized().toString())),
                Duration.parse(a.getOrDefault("limit-fee-paid-to-submitted", AuditLimits.DEFAULTS.feePaidToSubmitted().toString())),
                Duration.parse(a.getOrDefault("limit-verified-to-submitted", AuditLimits.DEFAULTS.verifiedToSubmitted().toString())));
        OfficeReplay.Result result = new OfficeReplay(ledger.cursor(), ledger.tariffs, limits).replay(a.get("office"), from, to,
                entry -> {
                    if (showActivity) {
                        System.out.printf("%s\t%s\t%s\t%s\t%s\t%s%n", entry.recordedAt(), entry.eventType(), entry.subjectId(),
                                entry.actorId(), entry.actorRole(), entry.eventId());
                    }
                },
                p -> System.err.printf("progress %d%% (%d of %d events read)%n", p.percent(), p.scanned(), p.total()));
        for (Finding f : result.findings()) {
            System.out.printf("finding %s (%s) on %s at %s: %s; evidence %s%n", f.rule(), f.article(), f.subjectId(), f.at(),
                    f.detail(), f.evidenceEventIds());
        }
        System.out.printf("replayed %d events (%d of office %s in the period) in %d ms, %.0f events/s; %d findings%n",
                result.statistics().eventsScanned(), result.statistics().eventsInPeriod(), result.officeId(),
                result.duration().toMillis(), result.eventsPerSecond(), result.findings().size());
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    map.put(key, args[++i]);
                } else {
                    map.put(key, "true");
                }
            }
        }
        return map;
    }
}
