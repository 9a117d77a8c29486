package ir.daftar.api.integrity;

import ir.daftar.api.web.PageController;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tamper evidence for administrators (A12, A37-7): the signed checkpoints of the global stream, how far the hash
 * chain has been verified and sealed (a checkpoint is sealed only after every event's hash in it was recomputed from
 * its stored bytes), the key that verifies the signatures, and a seal on demand. Asks {@link LedgerAdminController}.
 */
@PageController
class LedgerPages {

    private final LedgerAdminController ledger;

    LedgerPages(LedgerAdminController ledger) {
        this.ledger = ledger;
    }

    /** A checkpoint as the page shows it: its sealing time as an instant, for the Jalali date. */
    record Row(long fromIndex, long toIndex, long eventCount, String merkleRoot, Instant createdAt, String keyId) {
        static Row of(LedgerCheckpointer.Checkpoint c) {
            return new Row(c.fromIndex(), c.toIndex(), c.eventCount(), c.merkleRoot(), Instant.parse(c.createdAt()),
                    c.keyId());
        }
    }

    @GetMapping("/admin/ledger")
    String ledger(Model model) {
        List<Row> checkpoints = ledger.checkpoints().stream().map(Row::of).toList();
        List<Row> newestFirst = new ArrayList<>(checkpoints);
        Collections.reverse(newestFirst);
        model.addAttribute("checkpoints", newestFirst);
        model.addAttribute("last", checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1));
        model.addAttribute("key", ledger.publicKey());
        return "admin/ledger";
    }

    /** Seals the settled events not yet covered now, instead of waiting for the next periodic seal. */
    @PostMapping("/admin/ledger/checkpoints")
    String seal(RedirectAttributes redirect) throws InterruptedException {
        int sealed = ledger.seal().getBody().size();
        redirect.addFlashAttribute("done", sealed == 0 ? "page.admin.ledger.nothingToSeal" : "page.admin.ledger.sealed");
        redirect.addFlashAttribute("sealed", sealed);
        return "redirect:/admin/ledger";
    }
}
