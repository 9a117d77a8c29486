package ir.daftar.ops.verify;

import ir.daftar.core.integrity.CheckpointKeys;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The operator's ledger check (A12, A37):
 * <pre>
 * java -cp ... ir.daftar.ops.verify.VerifyLedger --url jdbc:postgresql://host/db [--user u] [--password p]
 *      (--public-key BASE64 | --public-key-file FILE) [--allow-unsealed] [--progress-every N]
 *      [--documents [--documents-dir DIR] [--allow-missing-documents]]
 * </pre>
 * With {@code --documents}, once the ledger is intact, every document an event names must be in the document
 * store (the database's tables, or the directory given) and hash to the SHA-256 the event names ({@link DocumentCheck}).
 * Exit status: 0 the ledger is intact (and every event is sealed, unless --allow-unsealed); 2 tampering
 * found (the first altered, deleted, inserted or reordered event is named, or a checkpoint whose
 * signature fails); 3 the chain is intact but events exist that no signed checkpoint covers yet;
 * 1 usage or connection error.
 */
public final class VerifyLedger {

    private VerifyLedger() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        boolean allowUnsealed = false;
        boolean documents = false;
        boolean allowMissingDocuments = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--allow-unsealed")) {
                allowUnsealed = true;
            } else if (a.equals("--documents")) {
                documents = true;
            } else if (a.equals("--allow-missing-documents")) {
                allowMissingDocuments = true;
            } else if (a.startsWith("--") && i + 1 < args.length) {
                options.put(a.substring(2), args[++i]);
            } else {
                return usage(err, "unknown argument " + a);
            }
        }
        String url = options.getOrDefault("url", System.getenv("DAFTAR_DB_URL"));
        if (url == null) {
            return usage(err, "--url is required");
        }
        PublicKey key;
        try {
            key = publicKey(options);
        } catch (Exception e) {
            return usage(err, e.getMessage());
        }
        String user = options.getOrDefault("user", System.getenv().getOrDefault("DAFTAR_DB_USER", ""));
        String password = options.getOrDefault("password", System.getenv().getOrDefault("DAFTAR_DB_PASSWORD", ""));
        long every = Long.parseLong(options.getOrDefault("progress-every", "100000"));
        out.println("verifying the ledger at " + url.replaceAll("password=[^&;]*", "password=***") + " with key "
                + CheckpointKeys.keyId(key));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            LedgerVerifier.Result r = new LedgerVerifier(c, key, out, every).verify();
            if (r.finding().isPresent() && r.finding().get().isTampering()) {
                out.println("TAMPERED: " + r.finding().get().describe());
                out.printf("(%,d events in %,d streams verified before it; %d checkpoints valid)%n", r.events(), r.streams(),
                        r.checkpoints());
                return 2;
            }
            out.printf("%,d events in %,d streams and %d signed checkpoints verified (sealed up to global index %d)%n",
                    r.events(), r.streams(), r.checkpoints(), r.sealedUpTo());
            if (r.unsealedEvents() > 0) {
                out.printf("%,d events after global index %d are chained but not yet covered by a signed checkpoint; "
                        + "first: %s%n", r.unsealedEvents(), r.sealedUpTo(), r.finding().map(Finding::describe).orElse(""));
                if (!allowUnsealed) {
                    out.println("NOT SEALED: seal them (POST /api/v1/admin/ledger/checkpoints) and verify again, "
                            + "or pass --allow-unsealed");
                    return 3;
                }
            }
            out.println("LEDGER INTACT");
            if (documents) {
                return DocumentCheck.run(c, options.get("documents-dir"), allowMissingDocuments, out);
            }
            return 0;
        } catch (Exception e) {
            err.println("verification could not run: " + e.getMessage());
            return 1;
        }
    }

    private static PublicKey publicKey(Map<String, String> options) throws Exception {
        if (options.containsKey("public-key")) {
            return CheckpointKeys.publicKey(options.get("public-key"));
        }
        if (options.containsKey("public-key-file")) {
            Path file = Path.of(options.get("public-key-file"));
            String text = Files.readString(file).trim();
            if (text.contains("public-key=")) { // the key file the embedded default generates
                Properties p = new Properties();
                p.load(new java.io.StringReader(text));
                text = p.getProperty("public-key");
            }
            return CheckpointKeys.publicKey(text);
        }
        String env = System.getenv("DAFTAR_LEDGER_PUBLIC_KEY");
        if (env != null && !env.isBlank()) {
            return CheckpointKeys.publicKey(env);
        }
        throw new IllegalArgumentException("--public-key or --public-key-file is required");
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: VerifyLedger --url JDBC_URL [--user U] [--password P] (--public-key BASE64 | "
                + "--public-key-file FILE) [--allow-unsealed] [--progress-every N] [--documents [--documents-dir DIR] "
                + "[--allow-missing-documents]]");
        return 1;
    }
}
