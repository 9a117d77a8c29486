package ir.daftar.core.kanoon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A27, secret ballot (ADR 1310): the count of an election from its sealed ballots, as the board publishes it and as
 * anyone recomputes it from the published ballots.
 */
public final class BallotCount {

    private BallotCount() {
    }

    /** The ballots in the order they are published: by commitment, which says nothing of the order they were cast. */
    public static List<SealedBallot> published(List<SealedBallot> ballots) {
        return ballots.stream().sorted(Comparator.comparing(SealedBallot::commitment)).toList();
    }

    /** Votes per choice, by choice. */
    public static Map<String, Integer> tally(List<SealedBallot> ballots) {
        Map<String, Integer> tally = new TreeMap<>();
        for (SealedBallot ballot : ballots) {
            tally.merge(ballot.choice(), 1, Integer::sum);
        }
        return tally;
    }

    /** A27: the candidate with the votes of a majority of the board's members, if one has them. */
    public static String elected(Map<String, Integer> tally, int members) {
        return tally.entrySet().stream().filter(e -> 2 * e.getValue() > members).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /**
     * What is wrong with a published count, empty when nothing is: a ballot whose commitment is not its choice's and
     * nonce's, a commitment twice, a choice that is not a candidate, a number of ballots other than the votes
     * recorded, a tally or a result other than the ballots give.
     */
    public static List<String> problems(String kanoonId, String electionId, List<String> candidates, int votesRecorded,
                                        List<SealedBallot> ballots, Map<String, Integer> tally, String elected,
                                        int members) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SealedBallot ballot : ballots) {
            if (!ballot.verifies(kanoonId, electionId)) {
                problems.add("ballot " + ballot.commitment() + ": the commitment is not that of its choice and nonce");
            }
            if (!seen.add(ballot.commitment())) {
                problems.add("ballot " + ballot.commitment() + " is there twice");
            }
            if (!candidates.contains(ballot.choice())) {
                problems.add("ballot " + ballot.commitment() + " names no candidate");
            }
        }
        if (ballots.size() != votesRecorded) {
            problems.add(ballots.size() + " ballots for " + votesRecorded + " votes recorded");
        }
        Map<String, Integer> recount = tally(ballots);
        if (!recount.equals(tally == null ? Map.of() : new TreeMap<>(tally))) {
            problems.add("the tally " + tally + " is not the ballots' " + recount);
        }
        String recounted = elected(recount, members);
        if (recounted == null ? elected != null : !recounted.equals(elected)) {
            problems.add("the ballots elect " + recounted + ", not " + elected);
        }
        return problems;
    }
}
