package blog.site;

import blog.content.Post;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Posts that share terms with each post: a shared tag counts two, a shared category one; ties go
 * to the newer post. Terms are turned into arrays of post positions once per site build, so
 * scoring is integer arithmetic over arrays, and only the best five are kept (no sort). A post's
 * list is worked out the first time it is asked for and then kept, so that building a site of
 * 10,000 posts does not wait for 10,000 lists that are only needed as their pages are rendered.
 */
final class RelatedPosts {

    /** How many related posts a post page shows. */
    static final int LIMIT = 5;

    private static final int TAG_WEIGHT = 2;
    private static final int CATEGORY_WEIGHT = 1;

    private final List<Post> posts;
    private final int[][] tagsOf;
    private final int[][] categoriesOf;
    private final int[][] tagMembers;
    private final int[][] categoryMembers;
    private final AtomicReferenceArray<List<Post>> known;

    private RelatedPosts(List<Post> posts, Taxonomy tags, Taxonomy categories) {
        // By identity: a record's own hashCode would hash every field of the post.
        Map<Post, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            position.put(posts.get(i), i);
        }
        this.posts = posts;
        this.tagsOf = termsOf(posts, tags, position);
        this.categoriesOf = termsOf(posts, categories, position);
        this.tagMembers = members(tags, position);
        this.categoryMembers = members(categories, position);
        this.known = new AtomicReferenceArray<>(posts.size());
    }

    /** Prepares the related posts of {@code posts}, which are newest first. */
    static RelatedPosts of(List<Post> posts, Taxonomy tags, Taxonomy categories) {
        return new RelatedPosts(posts, tags, categories);
    }

    /** Returns the related posts of the post at {@code position}, working them out on the first call. */
    List<Post> at(int position) {
        List<Post> related = known.get(position);
        if (related == null) {
            // Two threads may both work it out; the lists are equal, so either may be kept.
            related = best(position, posts, new int[posts.size()], tagsOf[position], tagMembers,
                    categoriesOf[position], categoryMembers);
            known.set(position, related);
        }
        return related;
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
