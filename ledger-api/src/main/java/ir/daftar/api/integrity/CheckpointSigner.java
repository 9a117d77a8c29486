package ir.daftar.api.integrity;

import ir.daftar.core.integrity.CheckpointKeys;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs checkpoint statements with the configured Ed25519 key. With no key configured (the
 * embedded default) it generates a pair once and keeps it in a file beside the database; the
 * public key is logged at start so that it can be handed to whoever verifies.
 */
public final class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public CheckpointSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = CheckpointKeys.keyId(publicKey);
        byte[] probe = "daftar-key-check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!CheckpointKeys.verify(publicKey, probe, CheckpointKeys.sign(privateKey, probe))) {
            throw new IllegalStateException("daftar.integrity: the public key does not match the private key");
        }
    }

    /**
     * The configured key, or the generated one. Generating it is the embedded default's first start doing what
     * it is meant to do, said at INFO; on any other database a key should have been configured, and that is
     * a warning an operator can act on.
     */
    static CheckpointSigner from(IntegrityProperties properties, boolean embeddedDefault) {
        if (properties.privateKey() != null && !properties.privateKey().isBlank()) {
            if (properties.publicKey() == null || properties.publicKey().isBlank()) {
                throw new IllegalStateException("daftar.integrity.public-key must be set with daftar.integrity.private-key");
            }
            return new CheckpointSigner(CheckpointKeys.privateKey(properties.privateKey()),
                    CheckpointKeys.publicKey(properties.publicKey()));
        }
        Path file = Path.of(properties.keyFile() == null ? "./data/ledger-signing-key.properties" : properties.keyFile());
        try {
            Properties keys = new Properties();
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    keys.load(in);
                }
            } else {
                KeyPair pair = CheckpointKeys.generate();
                keys.setProperty("private-key", CheckpointKeys.encode(pair.getPrivate()));
                keys.setProperty("public-key", CheckpointKeys.encode(pair.getPublic()));
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                try (Writer out = Files.newBufferedWriter(file)) {
                    keys.store(out, "Daftar checkpoint signing key (Ed25519). Keep private; give public-key to verifiers.");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // best effort on non-POSIX file systems
                }
                String generated = "no daftar.integrity.private-key configured: generated a checkpoint signing key in {} "
                        + "(in production set DAFTAR_LEDGER_PRIVATE_KEY and DAFTAR_LEDGER_PUBLIC_KEY)";
                if (embeddedDefault) {
                    log.info(generated, file);
                } else {
                    log.warn(generated, file);
                }
            }
            CheckpointSigner signer = new CheckpointSigner(CheckpointKeys.privateKey(keys.getProperty("private-key")),
                    CheckpointKeys.publicKey(keys.getProperty("public-key")));
            log.info("ledger checkpoints are signed with key {} (public key {})", signer.keyId(), signer.publicKeyBase64());
            return signer;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the checkpoint key file " + file, e);
        }
    }

    public byte[] sign(byte[] statement) {
        return CheckpointKeys.sign(privateKey, statement);
    }

    public String keyId() {
        return keyId;
    }

    /** The verifying key, for the receipts' published key set (ADR 1000). */
    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyBase64() {
        return CheckpointKeys.encode(publicKey);
    }
}
