package blog.site;

import blog.content.Post;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Posts that share terms with each post, computed once per site build: a shared tag counts two,
 * a shared category one; ties go to the newer post. Terms are turned into arrays of post
 * positions first, so scoring is integer arithmetic over arrays, and only the best five are
 * kept (no sort), which keeps a 10,000-post site well under a second.
 */
final class RelatedPosts {

    /** How many related posts a post page shows. */
    static final int LIMIT = 5;

    private static final int TAG_WEIGHT = 2;
    private static final int CATEGORY_WEIGHT = 1;

    private RelatedPosts() {
    }

    /** Returns the related posts of every post, by path; {@code posts} is newest first. */
    static Map<String, List<Post>> of(List<Post> posts, Taxonomy tags, Taxonomy categories) {
        // By identity: a record's own hashCode would hash the whole post, body included.
        Map<Post, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            position.put(posts.get(i), i);
        }
        int[][] tagsOf = termsOf(posts, tags, position);
        int[][] categoriesOf = termsOf(posts, categories, position);
        int[][] tagMembers = members(tags, position);
        int[][] categoryMembers = members(categories, position);
        // One score array per worker thread, left zeroed by each pass, instead of one per post.
        ThreadLocal<int[]> scores = ThreadLocal.withInitial(() -> new int[posts.size()]);
        List<List<Post>> related = IntStream.range(0, posts.size()).parallel()
                .mapToObj(i -> best(i, posts, scores.get(), tagsOf[i], tagMembers, categoriesOf[i], categoryMembers))
                .toList();
        Map<String, List<Post>> byPath = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            byPath.put(posts.get(i).path(), related.get(i));
        }
        return byPath;
    }

    /** For each term (by its index in the taxonomy), the positions of its posts. */
    private static int[][] members(Taxonomy taxonomy, Map<Post, Integer> position) {
        List<Term> terms = taxonomy.terms();
        int[][] members = new int[terms.size()][];
        for (int t = 0; t < terms.size(); t++) {
            members[t] = terms.get(t).posts().stream().mapToInt(position::get).toArray();
        }
        return members;
    }

    /** For each post, the indexes of its terms in the taxonomy. */
    private static int[][] termsOf(List<Post> posts, Taxonomy taxonomy, Map<Post, Integer> position) {
        List<Term> terms = taxonomy.terms();
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            lists.add(new ArrayList<>());
        }
        for (int t = 0; t < terms.size(); t++) {
            for (Post post : terms.get(t).posts()) {
                lists.get(position.get(post)).add(t);
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static List<Post> best(int self, List<Post> posts, int[] score, int[] tagIds, int[][] tagMembers,
            int[] categoryIds, int[][] categoryMembers) {
        for (int t : tagIds) {
            for (int i : tagMembers[t]) {
                score[i] += TAG_WEIGHT;
            }
        }
        for (int c : categoryIds) {
            for (int i : categoryMembers[c]) {
                score[i] += CATEGORY_WEIGHT;
            }
        }
        score[self] = 0;
        // Keep the best LIMIT by score; scanning in position order (newest first) breaks ties by recency.
        int[] top = new int[LIMIT];
        int[] topScore = new int[LIMIT];
        int count = 0;
        for (int i = 0; i < score.length; i++) {
            int s = score[i];
            score[i] = 0;
            if (s == 0 || (count == LIMIT && s <= topScore[LIMIT - 1])) {
                continue;
            }
            int at = Math.min(count, LIMIT - 1);
            while (at > 0 && topScore[at - 1] < s) {
                top[at] = top[at - 1];
                topScore[at] = topScore[at - 1];
                at--;
            }
            top[at] = i;
            topScore[at] = s;
            count = Math.min(count + 1, LIMIT);
        }
        List<Post> best = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            best.add(posts.get(top[k]));
        }
        return List.copyOf(best);
    }
}
