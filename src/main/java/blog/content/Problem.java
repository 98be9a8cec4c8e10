package blog.content;

import java.nio.file.Path;
import java.util.Objects;

/** One thing wrong with a post, located by file and line so the blogger can fix it. */
public record Problem(Path file, int line, Severity severity, String message) {

    /** How bad a problem is: an error skips the post, a warning keeps it. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            line = 1;
        }
    }

    /** Returns an error at the given line. */
    public static Problem error(Path file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    /** Returns a warning at the given line. */
    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    /** Tells whether this problem keeps the post from being published. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats the problem as {@code file:line: message}, the form editors and CI logs link to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }
}
