package ir.daftar.core.kanoon;

import java.time.Instant;
import java.util.Map;

/** Port, A25: the Kanoons formed so far (province code -> kanoon id), kept beside the events that form them (ADR 1300). */
public interface KanoonRegistry {

    /** The Kanoons formed, read without a lock (coverage of an office now). */
    Map<String, String> formed();

    /**
     * The Kanoons formed, read under a lock held until the forming command's transaction ends, so that two
     * formations are computed one after the other and each sees the other's Kanoon.
     */
    Map<String, String> formedForUpdate();

    /** Records a formation in the forming command's transaction; a second Kanoon for the province fails there. */
    void recordFormation(String kanoonId, String provinceCode, Instant at);
}
