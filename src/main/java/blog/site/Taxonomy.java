package blog.site;

import blog.content.Post;
import blog.content.Slugs;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** All the terms of one kind, found by their slug; terms differing only in case or spacing are one. */
public final class Taxonomy {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(.*/)?\\.{1,2}(/.*)?");
    private static final Pattern ONLY_DOTS = Pattern.compile("\\.+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final TaxonomyKind kind;
    private final Map<String, Term> bySlug;
    private final List<Term> byName;

    private Taxonomy(TaxonomyKind kind, Map<String, Term> bySlug) {
        this.kind = kind;
        this.bySlug = bySlug;
        this.byName = bySlug.values().stream()
                .sorted(Comparator.comparing((Term t) -> -t.posts().size()).thenComparing(Term::name))
                .toList();
    }

    /** Groups newest-first posts by the terms that {@code termsOf} gives for each. */
    static Taxonomy of(TaxonomyKind kind, List<Post> newestFirst, Function<Post, List<String>> termsOf) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Post>> posts = new LinkedHashMap<>();
        // A few dozen names recur over thousands of posts: each is urlized once.
        Map<String, String> slugs = new HashMap<>();
        for (Post post : newestFirst) {
            for (String name : termsOf.apply(post)) {
                String slug = slugs.computeIfAbsent(name, Taxonomy::slugOf);
                names.putIfAbsent(slug, name);
                List<Post> list = posts.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != post) {
                    list.add(post);
                }
            }
        }
        Map<String, Term> bySlug = new LinkedHashMap<>();
        posts.forEach((slug, list) -> bySlug.put(slug, new Term(kind, names.get(slug), slug, list)));
        return new Taxonomy(kind, bySlug);
    }

    /**
     * Returns the URL text of a term: Hugo's {@code urlize} when it leaves something usable,
     * else the lower-cased term itself, so that every term, however odd, has a working page.
     */
    public static String slugOf(String name) {
        String slug = Slugs.urlize(name);
        if (slug.isEmpty()) {
            String plain = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
            slug = SPACES.matcher(plain).replaceAll("-");
        }
        if (slug.contains("//") || slug.startsWith("/") || slug.endsWith("/") || DOT_SEGMENT.matcher(slug).matches()) {
            slug = slug.replace('/', '-');
        }
        if (ONLY_DOTS.matcher(slug).matches()) {
            slug = "-" + slug;
        }
        return slug;
    }

    /** Finds the term a request names, in whatever case or spacing it was written. */
    public Optional<Term> find(String requested) {
        Term term = bySlug.get(slugOf(requested));
        return Optional.ofNullable(term != null ? term : bySlug.get(requested));
    }

    /** Returns the terms, most used first, then by name. */
    public List<Term> terms() {
        return byName;
    }

    /** Returns which taxonomy this is. */
    public TaxonomyKind kind() {
        return kind;
    }
}
