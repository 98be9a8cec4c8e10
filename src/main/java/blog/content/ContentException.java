package blog.content;

/** Thrown when a post cannot be published; carries the located problem. */
public final class ContentException extends Exception {
    private final transient Problem problem;

    ContentException(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    /** Returns the problem that made the post unusable. */
    public Problem problem() {
        return problem;
    }
}
