package ir.daftar.core.kanoon;

import java.util.List;

/**
 * Port, A27 secret ballot (ADR 1310): where the sealed ballots of an open election lie until it is counted. It holds no
 * voter and no time: a ballot is dropped in the transaction that records the voter's participation (which holds no
 * choice), and the box is emptied in the transaction that publishes the count.
 */
public interface BallotBox {

    /** Puts a sealed ballot into the box of an election. */
    void drop(String kanoonId, String electionId, SealedBallot ballot);

    /** The ballots of an election, in no meaningful order. */
    List<SealedBallot> contents(String kanoonId, String electionId);

    /** Empties the box once its ballots are published. */
    void empty(String kanoonId, String electionId);
}
