package blog.content;

import java.nio.file.Path;
import java.util.List;

/**
 * The posts that loaded and every problem found, errors and warnings, in file order; also the
 * sub-folders that could not be read (their posts are missing, not deleted) and whether the posts
 * folder itself could be read at all.
 */
public record LoadResult(List<Post> posts, List<Problem> problems, List<Path> unreadableFolders,
        boolean folderReadable) {

    public LoadResult {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
        unreadableFolders = List.copyOf(unreadableFolders);
    }

    /** Tells whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
