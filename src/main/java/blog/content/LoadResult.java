package blog.content;

import java.util.List;

/** The posts that loaded and every problem found, errors and warnings, in file order. */
public record LoadResult(List<Post> posts, List<Problem> problems) {

    public LoadResult {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }

    /** Tells whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
