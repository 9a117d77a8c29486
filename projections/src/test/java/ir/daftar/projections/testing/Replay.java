package ir.daftar.projections.testing;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** Events as a rebuild reads them from the store: the streams of several aggregates, recorded side by side. */
public final class Replay {

    private Replay() {
    }

    /** The streams' events taken in turn, one from each, each stream's own order kept. */
    @SafeVarargs
    public static List<DomainEventMessage<?>> interleaved(List<? extends DomainEventMessage<?>>... streams) {
        List<DomainEventMessage<?>> all = new ArrayList<>();
        int longest = 0;
        for (List<? extends DomainEventMessage<?>> stream : streams) {
            longest = Math.max(longest, stream.size());
        }
        for (int i = 0; i < longest; i++) {
            for (List<? extends DomainEventMessage<?>> stream : streams) {
                if (i < stream.size()) {
                    all.add(stream.get(i));
                }
            }
        }
        return all;
    }
}
