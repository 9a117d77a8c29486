package ir.daftar.core.kanoon;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The ballot box of ADR 1310 for fixture tests: rows of a random key, the election and the sealed ballot, nothing else. */
final class InMemoryBallotBox implements BallotBox {

    record Row(String key, String kanoonId, String electionId, SealedBallot ballot) {
    }

    final List<Row> rows = new ArrayList<>();
    /** Every row ever written, for the scans of what the box held (emptying removes them from {@link #rows} only). */
    final List<Row> written = new ArrayList<>();

    @Override
    public void drop(String kanoonId, String electionId, SealedBallot ballot) {
        Row row = new Row(UUID.randomUUID().toString(), kanoonId, electionId, ballot);
        rows.add(row);
        written.add(row);
    }

    @Override
    public List<SealedBallot> contents(String kanoonId, String electionId) {
        return rows.stream().filter(r -> r.kanoonId().equals(kanoonId) && r.electionId().equals(electionId))
                .map(Row::ballot).toList();
    }

    @Override
    public void empty(String kanoonId, String electionId) {
        rows.removeIf(r -> r.kanoonId().equals(kanoonId) && r.electionId().equals(electionId));
    }
}
