package ir.daftar.ops.verify;

import ir.daftar.api.document.DocumentStore;
import ir.daftar.api.document.DocumentVerifier;
import ir.daftar.api.document.DocumentVerifier.Finding;
import ir.daftar.api.document.FileDocumentStore;
import ir.daftar.api.document.JdbcDocumentStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code verify-ledger.sh --documents} (issue 16, A5/A12): every document an event names is in the store and
 * its bytes hash to the SHA-256 the event names. Exit 0 all intact; 2 a document altered, or missing (unless
 * {@code --allow-missing-documents}: documents recorded by their hash only, through the JSON endpoint without
 * their content, have nothing in the store).
 */
final class DocumentCheck {

    private DocumentCheck() {
    }

    static int run(Connection c, String directory, boolean allowMissing, PrintStream out) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
        DocumentStore store = directory == null ? new JdbcDocumentStore(jdbc, null) : new FileDocumentStore(Path.of(directory));
        List<Finding> findings = new DocumentVerifier(jdbc, store).verify();
        long intact = findings.stream().filter(f -> f.state() == Finding.State.INTACT).count();
        long missing = findings.stream().filter(f -> f.state() == Finding.State.MISSING).count();
        long altered = findings.stream().filter(f -> f.state() == Finding.State.ALTERED).count();
        findings.stream().filter(f -> f.state() != Finding.State.INTACT).forEach(f -> out.println(f.describe()));
        out.printf("%,d documents named by events: %,d intact, %,d altered, %,d missing from the %s store%n",
                findings.size(), intact, altered, missing, store.kind());
        if (altered > 0) {
            out.println("DOCUMENTS TAMPERED");
            return 2;
        }
        if (missing > 0 && !allowMissing) {
            out.println("DOCUMENTS MISSING (documents recorded by their hash only: pass --allow-missing-documents)");
            return 2;
        }
        out.println("DOCUMENTS INTACT");
        return 0;
    }
}
