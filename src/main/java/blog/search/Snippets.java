package blog.search;

import blog.search.SearchAnswer.Fragment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks where a query matches a title and picks the passage of a body that matches best, with
 * Lucene's UnifiedHighlighter re-analysing the text. The result is plain fragments, never HTML:
 * the template escapes them and wraps the marked ones in {@code <mark>}.
 */
final class Snippets {

    /** About how long a passage is, in characters; one is shown per result. */
    static final int PASSAGE_CHARS = 120;
    private static final String ELLIPSIS = "…";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final UnifiedHighlighter titles;
    private final UnifiedHighlighter bodies;

    Snippets(Analyzer indexAnalyzer) {
        this.titles = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withWeightMatches(false)
                .withFormatter(new Fragments(false))
                .withMaxNoHighlightPassages(0)
                .build();
        this.bodies = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withFormatter(new Fragments(true))
                .withMaxLength(Integer.MAX_VALUE - 1)
                // Queries hold no phrases: matching terms in a token stream is enough, and several
                // times cheaper than the in-memory index that weight matches need for each passage.
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0)
                .build();
    }

    /** The title in fragments, the matching words marked. */
    List<Fragment> title(Query query, String title) {
        List<Fragment> marked = highlight(titles, SearchIndex.TITLE, query, title);
        return marked.isEmpty() ? List.of(new Fragment(title, false)) : marked;
    }

    /**
     * The best-matching passage of {@code text}; when the body does not match (the title or a tag
     * did), {@code summary} unmarked, or else the body's opening.
     */
    List<Fragment> body(Query query, String text, String summary) {
        List<Fragment> marked = highlight(bodies, SearchIndex.BODY, query, text);
        if (!marked.isEmpty()) {
            return marked;
        }
        if (!summary.isEmpty()) {
            return List.of(new Fragment(summary, false));
        }
        String opening = WHITESPACE.matcher(text.substring(0, Math.min(text.length(), PASSAGE_CHARS + 1))).replaceAll(" ");
        int end = opening.length() > PASSAGE_CHARS ? PASSAGE_CHARS : opening.length();
        end -= end > 0 && Character.isHighSurrogate(opening.charAt(end - 1)) ? 1 : 0;
        return List.of(new Fragment(opening.substring(0, end).strip() + (opening.length() > end ? ELLIPSIS : ""), false));
    }

    @SuppressWarnings("unchecked")
    private static List<Fragment> highlight(UnifiedHighlighter highlighter, String field, Query query, String text) {
        try {
            Object result = highlighter.highlightWithoutSearcher(field, query, text, 1);
            return result == null ? List.of() : (List<Fragment>) result;
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting failed", e);
        }
    }

    /** Turns passages into fragments; for bodies, one line cut to about a passage's length around its first match. */
    private static final class Fragments extends PassageFormatter {

        private final boolean trim;

        Fragments(boolean trim) {
            this.trim = trim;
        }

        @Override
        public Object format(Passage[] passages, String content) {
            List<Fragment> out = new ArrayList<>();
            for (Passage passage : passages) {
                if (passage.getNumMatches() == 0) {
                    continue;
                }
                int start = passage.getStartOffset();
                int end = passage.getEndOffset();
                if (trim && end - start > 2 * PASSAGE_CHARS) {
                    int first = passage.getMatchStarts()[0];
                    start = Math.max(start, first - PASSAGE_CHARS / 3);
                    end = Math.min(end, start + PASSAGE_CHARS + PASSAGE_CHARS / 2);
                    // Never cut a character written as a surrogate pair in two.
                    start += Character.isLowSurrogate(content.charAt(start)) ? 1 : 0;
                    end -= Character.isHighSurrogate(content.charAt(end - 1)) ? 1 : 0;
                }
                if (trim && start > 0) {
                    out.add(new Fragment(ELLIPSIS, false));
                }
                int at = start;
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int matchStart = Math.max(passage.getMatchStarts()[i], at);
                    int matchEnd = Math.min(passage.getMatchEnds()[i], end);
                    if (matchStart >= matchEnd) {
                        continue;
                    }
                    add(out, content, at, matchStart, false);
                    add(out, content, matchStart, matchEnd, true);
                    at = matchEnd;
                }
                add(out, content, at, end, false);
                if (trim && end < content.length()) {
                    out.add(new Fragment(ELLIPSIS, false));
                }
            }
            return out;
        }

        private static void add(List<Fragment> out, String content, int start, int end, boolean marked) {
            if (start >= end) {
                return;
            }
            String text = WHITESPACE.matcher(content.substring(start, end)).replaceAll(" ");
            Fragment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.marked() == marked) {
                out.set(out.size() - 1, new Fragment(last.text() + text, marked));
            } else {
                out.add(new Fragment(text, marked));
            }
        }
    }
}
