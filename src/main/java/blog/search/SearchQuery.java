package blog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * What a reader typed, checked and turned into a Lucene query by hand (no query syntax, so no
 * input can be a syntax error). Words are separated by spaces and all must match; each word
 * matches a field (title, tags and categories, or body) that holds all of its terms.
 */
final class SearchQuery {

    /** The longest query accepted, in characters; longer ones are refused, not cut. */
    static final int MAX_CHARS = 100;

    /**
     * The most distinct terms (words, pairs of Chinese characters) a query runs with. Each term
     * costs a lookup in three fields, a lone Chinese character a scan of the term list, and every
     * term is looked for again in each result's text; later words are left out and named.
     */
    static final int MAX_TERMS = 10;

    private static final List<Field> FIELDS = List.of(
            new Field(SearchIndex.TITLE, 4f), new Field(SearchIndex.TERMS, 3f), new Field(SearchIndex.BODY, 1f));

    private record Field(String name, float boost) {
    }

    private SearchQuery() {
    }

    /** The outcome of reading a query: a Lucene query, or why there is none. */
    sealed interface Parsed permits Ready, Refused {
    }

    /**
     * A query to run; {@code text} is the cleaned text the reader sees again; {@code shortened} when
     * terms past {@link #MAX_TERMS} were left out.
     */
    record Ready(String text, Query query, boolean shortened) implements Parsed {
    }

    /** A query that cannot be run, and why. */
    record Refused(String text, SearchAnswer.Problem problem) implements Parsed {
    }

    /** Cleans {@code raw} (NFC, control characters to spaces) and builds its query with {@code analyzer}. */
    static Parsed parse(String raw, Analyzer analyzer) {
        if (raw == null || raw.isBlank()) {
            return new Refused("", SearchAnswer.Problem.EMPTY);
        }
        if (raw.length() > 4 * MAX_CHARS) {
            return new Refused("", SearchAnswer.Problem.TOO_LONG);
        }
        String text = clean(raw);
        if (text.isEmpty()) {
            return new Refused("", SearchAnswer.Problem.EMPTY);
        }
        if (text.codePointCount(0, text.length()) > MAX_CHARS) {
            return new Refused("", SearchAnswer.Problem.TOO_LONG);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        // Repeated words, and words whose terms an earlier word already has, add cost and no meaning.
        Set<Token> terms = new LinkedHashSet<>();
        boolean shortened = false;
        for (String word : text.split(" ")) {
            List<Token> tokens = tokens(analyzer, word);
            if (tokens.isEmpty() || terms.containsAll(tokens)) {
                continue;
            }
            Set<Token> more = new LinkedHashSet<>(terms);
            more.addAll(tokens);
            if (more.size() > MAX_TERMS) {
                shortened = true;
                if (words > 0) {
                    continue;
                }
                // The first word alone is too long (a sentence typed without spaces): its first terms.
                tokens = tokens.subList(0, MAX_TERMS);
            }
            terms.addAll(tokens);
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (Field field : FIELDS) {
                BooleanQuery.Builder allTokens = new BooleanQuery.Builder();
                for (Token token : tokens) {
                    allTokens.add(token.query(field.name()), BooleanClause.Occur.MUST);
                }
                anyField.add(new BoostQuery(allTokens.build(), field.boost()), BooleanClause.Occur.SHOULD);
            }
            all.add(anyField.build(), BooleanClause.Occur.MUST);
            words++;
        }
        if (words == 0) {
            return new Refused(text, SearchAnswer.Problem.NO_WORDS);
        }
        return new Ready(text, all.build(), shortened);
    }

    /** One term of a query word; {@code single} for a Chinese character standing alone. */
    private record Token(String text, boolean single) {

        /**
         * The index holds Chinese as bigrams, so a lone character is found in the bigrams that
         * start or end with it (「車」 in 汽車 and 車廠), or standing alone between punctuation.
         */
        Query query(String field) {
            Query exact = new TermQuery(new Term(field, text));
            if (!single) {
                return exact;
            }
            return new BooleanQuery.Builder()
                    .add(exact, BooleanClause.Occur.SHOULD)
                    .add(new PrefixQuery(new Term(field, text)), BooleanClause.Occur.SHOULD)
                    .add(new WildcardQuery(new Term(field, "?" + text)), BooleanClause.Occur.SHOULD)
                    .build();
        }
    }

    /** The distinct terms of one word, as the analyzer makes them. */
    private static List<Token> tokens(Analyzer analyzer, String word) {
        Set<Token> tokens = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.BODY, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), SearchTokenizer.SINGLE.equals(type.type())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a query could not be analysed", e);
        }
        return List.copyOf(tokens);
    }

    /**
     * Normalises to NFC, turns control and format characters (and every kind of space, the
     * ideographic one included) into single spaces, and trims.
     */
    static String clean(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            int kind = Character.getType(cp);
            boolean separator = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || kind == Character.CONTROL
                    || kind == Character.FORMAT || kind == Character.UNASSIGNED || kind == Character.SURROGATE
                    || kind == Character.PRIVATE_USE;
            if (separator) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }
}
