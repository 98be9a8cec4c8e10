package blog.content;

/**
 * A post body that cannot be turned into HTML: nested too deeply, or the renderer failed on it.
 * It affects that post alone, which then shows its text as written (see {@link PostBody}).
 */
public final class UnrenderableBody extends RuntimeException {

    private final int line;
    private final String reason;

    /** {@code line} counts from 1 at the body's first line; {@code reason} says what is wrong. */
    UnrenderableBody(int line, String reason) {
        super(reason, null, false, false);
        this.line = Math.max(1, line);
        this.reason = reason;
    }

    /** Returns the body line (from 1) where the problem starts. */
    public int line() {
        return line;
    }

    /** Returns what is wrong, for the blogger. */
    public String reason() {
        return reason;
    }
}
