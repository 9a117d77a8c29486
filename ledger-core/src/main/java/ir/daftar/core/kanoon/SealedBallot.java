package ir.daftar.core.kanoon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A27, secret ballot (ADR 1310): one ballot as it lies in the ballot box and as the tally publishes it: the choice (the
 * national code of a candidate), a random nonce, and the commitment
 * {@code hex(SHA-256(UTF-8(kanoonId + "\n" + electionId + "\n" + choice + "\n" + nonce)))}, which the voter keeps as a
 * receipt. It names no voter: nothing in it says who cast it.
 */
public record SealedBallot(String choice, String nonce, String commitment) {

    private static final int NONCE_BYTES = 32;

    public SealedBallot {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(commitment, "commitment");
    }

    /** Seals a choice with a fresh random nonce. */
    public static SealedBallot seal(String kanoonId, String electionId, String choice, SecureRandom random) {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        return new SealedBallot(choice, nonce, commitment(kanoonId, electionId, choice, nonce));
    }

    /** The commitment to a choice and nonce in one election, as anyone recomputes it. */
    public static String commitment(String kanoonId, String electionId, String choice, String nonce) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join("\n", kanoonId, electionId, choice, nonce)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the commitment is the one the choice and nonce give in this election. */
    public boolean verifies(String kanoonId, String electionId) {
        return commitment.equals(commitment(kanoonId, electionId, choice, nonce));
    }
}
