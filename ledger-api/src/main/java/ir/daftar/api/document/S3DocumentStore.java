package ir.daftar.api.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The documents in an S3-compatible object store, the scale-out option (ADR 0700): one object per document,
 * {@code documents/ab/abcd...}, its media type as the object's content type and its pages and storing time as
 * user metadata. The file is sent from disk and ranges are read with HTTP Range: nothing is held in memory.
 */
public class S3DocumentStore implements DocumentStore {

    private final S3Client s3;
    private final String bucket;

    public S3DocumentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public boolean put(Path file, StoredContent content) throws IOException {
        if (find(content.sha256()).isPresent()) {
            return false;
        }
        try {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key(content.sha256()))
                    .contentType(content.mediaType()).contentLength(Files.size(file))
                    .metadata(Map.of("pages", Integer.toString(content.pages()), "stored-at", content.storedAt().toString()))
                    .build(), RequestBody.fromFile(file));
            return true;
        } catch (SdkException e) {
            throw new IOException("document " + content.sha256() + " could not be stored: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredContent> find(String sha256) {
        HeadObjectResponse head;
        try {
            head = s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key(sha256)).build());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        Map<String, String> meta = head.metadata();
        return Optional.of(new StoredContent(sha256, head.contentLength(), head.contentType(),
                Integer.parseInt(meta.getOrDefault("pages", "0")), Instant.parse(meta.getOrDefault("stored-at",
                head.lastModified().toString()))));
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        StoredContent kept = find(sha256).orElseThrow(() -> new IOException("document " + sha256
                + " is missing from the store"));
        long last = Math.min(kept.size(), offset + length) - 1;
        if (offset > last) {
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key(sha256))
                    .range("bytes=" + offset + "-" + last).build());
        } catch (SdkException e) {
            throw new IOException("document " + sha256 + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void forget(String sha256) throws IOException {
        try {
            s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key(sha256)).build());
        } catch (SdkException e) {
            throw new IOException("document " + sha256 + " could not be removed: " + e.getMessage(), e);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }

    private static String key(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hexadecimal");
        }
        return "documents/" + sha256.substring(0, 2) + "/" + sha256;
    }
}
