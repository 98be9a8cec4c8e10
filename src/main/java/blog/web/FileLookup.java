package blog.web;

import blog.content.FileKind;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jetty.http.MimeTypes;

/**
 * The one place that decides which files may be served, from {@code public/} or a page bundle:
 * regular files only (never a FIFO, socket, device or folder, whose opening could hang a thread),
 * nothing hidden (a segment starting with {@code .}, such as {@code .git/} or {@code .env}, whether
 * asked for or reached through a link; {@code /.well-known/} of {@code public/} excepted), and
 * nothing outside the folder once links are followed. Pages are not files: a tag {@code .NET} keeps
 * its page.
 */
final class FileLookup {

    /** The one dot-folder served, at the top of {@code public/}: ACME challenges, {@code security.txt} (RFC 8615). */
    static final String WELL_KNOWN = ".well-known";

    private static final String WELCOME = "index.html";

    private FileLookup() {
    }

    /** Finds the file of {@code public/} at a decoded request path; a folder stands for its {@code index.html}. */
    static Optional<ServedFile> inPublic(Path folder, String path) {
        return find(folder, path, true, true);
    }

    /** Finds a file of a page bundle by its name relative to the post's folder; its Markdown stays private. */
    static Optional<ServedFile> inBundle(Path folder, String name) {
        return isMarkdown(name) ? Optional.empty()
                : find(folder, name, false, false).filter(file -> !isMarkdown(file.path().getFileName().toString()));
    }

    /** Tells whether a relative path has a segment starting with {@code .}, a leading {@code .well-known} excepted if allowed. */
    static boolean hidden(String path, boolean wellKnown) {
        String[] segments = (path.startsWith("/") ? path.substring(1) : path).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith(".") && !(wellKnown && i == 0 && segments[i].equals(WELL_KNOWN))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Resolves {@code relative} inside {@code folder}, links followed, and keeps it only if it is a
     * visible regular file there ({@link FileKind#regular}); with {@code welcome}, a folder stands
     * for the {@code index.html} in it. Nothing is opened.
     */
    private static Optional<ServedFile> find(Path folder, String relative, boolean wellKnown, boolean welcome) {
        if (hidden(relative, wellKnown) || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path root = folder.toRealPath();
            Path real = root.resolve(relative.startsWith("/") ? relative.substring(1) : relative).toRealPath();
            // The type goes by the name asked for, which a link may not share with its target.
            Optional<ServedFile> file = served(root, real, relative.substring(relative.lastIndexOf('/') + 1), wellKnown);
            return file.isPresent() || !welcome ? file : served(root, real.resolve(WELCOME).toRealPath(), WELCOME, wellKnown);
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The file at {@code real}, if it is inside {@code root}, not hidden, and a regular file. */
    private static Optional<ServedFile> served(Path root, Path real, String name, boolean wellKnown) {
        if (!real.startsWith(root) || hidden(root.relativize(real).toString(), wellKnown)) {
            return Optional.empty();
        }
        return FileKind.regular(real).map(attributes -> new ServedFile(real, attributes.size(),
                attributes.lastModifiedTime().toInstant(), contentType(name)));
    }

    private static boolean isMarkdown(String name) {
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** The Content-Type for a file name, from Jetty's table of extensions. */
    private static String contentType(String name) {
        String type = MimeTypes.DEFAULTS.getMimeByExtension(name);
        return type == null ? "application/octet-stream" : type;
    }
}
