package ir.daftar.api.kanoon;

import ir.daftar.core.kanoon.BallotBox;
import ir.daftar.core.kanoon.SealedBallot;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A27 secret ballot (ADR 1310): the ballot box, {@code kanoon_ballot_box}, written in the transaction of the command
 * that records the vote (or the count). A row holds no voter and no time. Each ballot dropped rewrites the election's
 * rows under fresh random keys in a shuffled order, so the rows on disk carry the last voter's transaction, not each
 * their own, and their order says nothing of the order of the votes (what this does not hide is in the ADR).
 */
@Component
class JdbcBallotBox implements BallotBox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    JdbcBallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void drop(String kanoonId, String electionId, SealedBallot ballot) {
        List<SealedBallot> ballots = new ArrayList<>(contents(kanoonId, electionId));
        ballots.add(ballot);
        Collections.shuffle(ballots, RANDOM);
        empty(kanoonId, electionId);
        for (SealedBallot b : ballots) {
            jdbc.update("INSERT INTO kanoon_ballot_box (box_key, kanoon_id, election_id, choice, nonce, commitment) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), kanoonId, electionId, b.choice(),
                    b.nonce(), b.commitment());
        }
    }

    @Override
    public List<SealedBallot> contents(String kanoonId, String electionId) {
        return jdbc.query("SELECT choice, nonce, commitment FROM kanoon_ballot_box WHERE kanoon_id = ? AND election_id = ?",
                (rs, i) -> new SealedBallot(rs.getString(1), rs.getString(2), rs.getString(3)), kanoonId, electionId);
    }

    @Override
    public void empty(String kanoonId, String electionId) {
        jdbc.update("DELETE FROM kanoon_ballot_box WHERE kanoon_id = ? AND election_id = ?", kanoonId, electionId);
    }
}
