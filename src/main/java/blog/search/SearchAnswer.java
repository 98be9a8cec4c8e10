package blog.search;

import blog.content.Post;
import java.util.List;

/**
 * What a search gives back: results, a query that could not be run, an index not built yet (or
 * failing to build), or a search refused or cut off to keep the server answering.
 */
public sealed interface SearchAnswer {

    /** Why a query was not run. */
    enum Problem {
        /** Nothing was typed (or only spaces and control characters). */
        EMPTY,
        /** More than {@link SearchQuery#MAX_CHARS} characters. */
        TOO_LONG,
        /** Only punctuation or symbols: nothing to look for. */
        NO_WORDS
    }

    /** The index is still being built; try again shortly. */
    record NotReady() implements SearchAnswer {
    }

    /** Building the index failed and is being tried again; there is no index to search meanwhile. */
    record Unavailable() implements SearchAnswer {
    }

    /** As many searches as the server allows at once were running, and none ended in time to let this one in. */
    record Busy() implements SearchAnswer {
    }

    /** The search ran out of its time ({@link LiveSearch#TIME_LIMIT}) before it found its results. */
    record TimedOut(String query) implements SearchAnswer {
    }

    /** The query cannot be run; {@code query} is its cleaned text (empty when too long to show). */
    record Refused(String query, Problem problem) implements SearchAnswer {
    }

    /**
     * One page of results, best first.
     *
     * @param query the cleaned query text
     * @param total how many posts match in all
     * @param page the page number, from 1
     * @param hits the results on this page; empty when {@code page} is past the last one
     * @param shortened whether words past {@link SearchQuery#MAX_TERMS} terms were left out
     */
    record Found(String query, int total, int page, List<Hit> hits, boolean shortened) implements SearchAnswer {
        public Found {
            hits = List.copyOf(hits);
        }
    }

    /** One matching post, with its title and a passage of its body marked where they match. */
    record Hit(Post post, List<Fragment> title, List<Fragment> snippet) {
        public Hit {
            title = List.copyOf(title);
            snippet = List.copyOf(snippet);
        }
    }

    /** A piece of text to show, marked when it matched the query; plain text, to be escaped. */
    record Fragment(String text, boolean marked) {
    }
}
