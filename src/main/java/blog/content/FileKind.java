package blog.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What a path is on disk, so that only regular files are ever opened: opening a FIFO waits for a
 * writer forever, and a device or socket is no post. Links are followed.
 */
public enum FileKind {
    REGULAR("a regular file"),
    FOLDER("a folder"),
    FIFO("a FIFO"),
    SOCKET("a socket"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    OTHER("a special file"),
    MISSING("missing");

    // File type bits of st_mode, as in <sys/stat.h>.
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO_BITS = 0010000;
    private static final int CHARACTER_BITS = 0020000;
    private static final int BLOCK_BITS = 0060000;
    private static final int SOCKET_BITS = 0140000;

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** Returns what {@code file} is, following links; {@link #MISSING} when it cannot be looked at. */
    public static FileKind of(Path file) {
        return attributes(file).map(attributes -> of(file, attributes)).orElse(MISSING);
    }

    /**
     * Returns what {@code file} is from attributes already read (a walk's, which do not follow
     * links): only a link or a special file costs another system call.
     */
    public static FileKind of(Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return of(file);
        }
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        try {
            return ofMode((Integer) Files.getAttribute(file, "unix:mode"));
        } catch (IOException e) {
            return MISSING;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // No unix view (Windows): a non-regular file there is no FIFO we could hang on anyway.
            return Files.exists(file) ? OTHER : MISSING;
        }
    }

    /**
     * Returns the attributes of {@code file} if it is a regular file that may be opened, following
     * links; empty for a folder, FIFO, socket or device, or when it cannot be looked at.
     */
    public static Optional<BasicFileAttributes> regular(Path file) {
        return attributes(file).filter(BasicFileAttributes::isRegularFile);
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileKind ofMode(int mode) {
        return switch (mode & TYPE_MASK) {
            case FIFO_BITS -> FIFO;
            case CHARACTER_BITS -> CHARACTER_DEVICE;
            case BLOCK_BITS -> BLOCK_DEVICE;
            case SOCKET_BITS -> SOCKET;
            default -> OTHER;
        };
    }

    /** Tells whether this is a FIFO, socket, device or other file that must not be opened. */
    public boolean isSpecial() {
        return this != REGULAR && this != FOLDER && this != MISSING;
    }

    /** Names the kind for a message, with its article: "a FIFO". */
    public String description() {
        return description;
    }
}
