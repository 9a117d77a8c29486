package ir.daftar.core.office;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Port (ADR 0910): the office each person holds a post in now, across all offices. A hire claims the person's post
 * in the transaction that records it; the end of the appointment releases it in its own. Claims of one person
 * made at the same moment by two offices are decided by the store: one wins, the other sees the winner.
 */
public interface StaffPosts {

    /**
     * Claims the post of {@code nationalCode} for {@code officeId}. Answers the other office the person works in
     * (nothing claimed), or empty when the claim is now this office's.
     */
    Optional<String> claim(String nationalCode, String officeId);

    /** Releases the person's post in {@code officeId}; a post held in another office is left alone. */
    void release(String nationalCode, String officeId);

    /** Claims held in memory, for a single process (tests, tools that run the ledger in one JVM). */
    static StaffPosts inMemory() {
        Map<String, String> posts = new ConcurrentHashMap<>();
        return new StaffPosts() {
            @Override
            public Optional<String> claim(String nationalCode, String officeId) {
                String holder = posts.putIfAbsent(nationalCode, officeId);
                return holder == null || holder.equals(officeId) ? Optional.empty() : Optional.of(holder);
            }

            @Override
            public void release(String nationalCode, String officeId) {
                posts.remove(nationalCode, officeId);
            }
        };
    }
}
