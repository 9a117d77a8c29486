package ir.daftar.core.integrity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 (JDK built-in) keys for checkpoint signatures. Keys travel as Base64 of their standard
 * encodings: PKCS#8 for the private key (kept by the application only), X.509 SubjectPublicKeyInfo
 * for the public key (given to whoever verifies: operators, inspectors).
 */
public final class CheckpointKeys {

    public static final String ALGORITHM = "Ed25519";

    private CheckpointKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey privateKey(String base64Pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(base64Pkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a Base64 PKCS#8 Ed25519 private key", e);
        }
    }

    public static PublicKey publicKey(String base64X509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(base64X509)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a Base64 X.509 Ed25519 public key", e);
        }
    }

    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A short name for a public key: the first 16 hex digits of the SHA-256 of its encoding. */
    public static String keyId(PublicKey key) {
        return EventHash.hex(EventHash.sha256().digest(key.getEncoded())).substring(0, 16);
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            throw new IllegalArgumentException("no key given");
        }
        return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    }
}
