package ir.daftar.ops.verify;

import ir.daftar.api.receipt.LedgerInclusion;
import ir.daftar.api.receipt.PublishedKeys;
import ir.daftar.api.receipt.ReceiptVerifier;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a signed receipt (issue 21, ADR 1000) with the published keys and no server:
 * <pre>
 * ops/verify-receipt.sh (RECEIPT_TEXT | FILE | -) --keys daftar-keys.json [--db JDBC_URL [--user U] [--password P]]
 * </pre>
 * The key set is what {@code GET /.well-known/daftar-keys.json} publishes. With {@code --db}, it also proves the
 * events the receipt names are in the sealed ledger: unchanged, and inside a checkpoint whose signature and Merkle
 * root hold. Exit status: 0 valid (and included, with --db); 2 not valid, or the ledger does not hold its events
 * as stated; 3 valid and unchanged but not yet sealed; 1 usage or connection error.
 */
public final class VerifyReceipt {

    private VerifyReceipt() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        String receiptArg = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && i + 1 < args.length) {
                options.put(a.substring(2), args[++i]);
            } else if (receiptArg == null && !a.startsWith("--")) {
                receiptArg = a;
            } else {
                return usage(err, "unknown argument " + a);
            }
        }
        if (receiptArg == null) {
            return usage(err, "the receipt (its text, a file holding it, or - for standard input) is required");
        }
        if (!options.containsKey("keys")) {
            return usage(err, "--keys FILE is required (the key set of /.well-known/daftar-keys.json)");
        }
        String receipt;
        PublishedKeys keys;
        try {
            receipt = read(receiptArg);
            keys = PublishedKeys.parse(Files.readString(Path.of(options.get("keys"))));
        } catch (Exception e) {
            return usage(err, e.getMessage());
        }
        ReceiptVerifier.Verdict v = ReceiptVerifier.verify(receipt, keys);
        if (!v.valid()) {
            out.println("INVALID (" + v.reason() + "): " + v.detail());
            return 2;
        }
        out.println("VALID: " + v.statement().path("kind").asText() + ", " + v.detail());
        out.println("facts: " + v.statement().path("facts"));
        v.events().forEach(e -> out.println("  rests on event " + e.eventId() + " at global index " + e.globalIndex()
                + ", chain hash " + e.chainHash()));
        String url = options.get("db");
        if (url == null) {
            out.println("(signature only: pass --db JDBC_URL to prove the events are in the sealed ledger)");
            return 0;
        }
        try (Connection c = DriverManager.getConnection(url, options.getOrDefault("user",
                System.getenv().getOrDefault("DAFTAR_DB_USER", "")), options.getOrDefault("password",
                System.getenv().getOrDefault("DAFTAR_DB_PASSWORD", "")))) {
            LedgerInclusion.Result r = LedgerInclusion.check(c, v.events(), keys);
            out.println("LEDGER " + r.outcome() + ": " + r.detail());
            return switch (r.outcome()) {
                case INCLUDED -> 0;
                case UNSEALED -> 3;
                case NOT_INCLUDED -> 2;
            };
        } catch (Exception e) {
            err.println("the ledger could not be read: " + e.getMessage());
            return 1;
        }
    }

    private static String read(String arg) throws java.io.IOException {
        if (arg.equals("-")) {
            return new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        }
        if (arg.length() < 1024 && Files.isRegularFile(Path.of(arg))) { // a receipt is longer than any file name
            return Files.readString(Path.of(arg)).strip();
        }
        return arg.strip();
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: verify-receipt.sh (RECEIPT_TEXT | FILE | -) --keys KEYS_JSON [--db JDBC_URL [--user U] "
                + "[--password P]]");
        return 1;
    }
}
