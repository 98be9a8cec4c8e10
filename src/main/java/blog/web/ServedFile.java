package blog.web;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A regular file found for a request (in {@code public/} or a page bundle), with the metadata its headers come from. */
record ServedFile(Path path, long size, Instant modified, String contentType) {

    ServedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + size);
        }
    }

    /**
     * A strong ETag from the size and modification time, as nginx makes one: nothing is read or
     * hashed, and replicas deployed from the same files (times kept, as tar keeps them) agree on it.
     */
    String etag() {
        return "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified.getEpochSecond()) + "."
                + Integer.toHexString(modified.getNano()) + "\"";
    }

    /** The modification time to the second, as {@code Last-Modified} carries it. */
    Instant lastModified() {
        return modified.truncatedTo(ChronoUnit.SECONDS);
    }
}
