package blog.search;

import blog.content.Markdown;
import blog.content.Post;
import blog.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index, held in memory, over the posts of one {@link Site} snapshot: built once, then
 * searched from many threads. Drafts and future posts are not in the snapshot, so they are never
 * found. Bodies are indexed as the text a reader sees, not stored: a result's passage is made
 * from its file again.
 */
final class SearchIndex {

    static final String TITLE = "title";
    static final String TERMS = "terms";
    static final String BODY = "body";
    /** The post's place in the site, newest first: stored to find it again, and the tie-breaker. */
    private static final String RANK = "rank";
    /** Equal scores go to the newer post, so that every instance answers in the same order. */
    /**
     * Text without positions: a query word matches when all its terms are in the field, wherever
     * (for Chinese, its overlapping bigrams), which is nearly as precise as a phrase and keeps the
     * index about half the size.
     */
    private static final FieldType TEXT = textType();
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, new SortField(RANK, SortField.Type.INT));

    private final Site site;
    private final DirectoryReader reader;
    private final long bytes;

    private SearchIndex(Site site, DirectoryReader reader, long bytes) {
        this.site = site;
        this.reader = reader;
        this.bytes = bytes;
    }

    /**
     * Threads that index: all cores but one, which is left to readers (an index of 10,000 posts
     * takes tens of seconds of CPU, and the first one is built just after start-up).
     */
    static int indexingThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Indexes every post of {@code site} on {@link #indexingThreads()} threads; the bodies are read from their files. */
    static SearchIndex build(Site site, Markdown markdown, Analyzer analyzer) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        List<Post> posts = site.posts();
        ForkJoinPool indexers = new ForkJoinPool(indexingThreads());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            // A parallel stream started inside a pool runs on that pool's threads.
            indexers.submit(() -> IntStream.range(0, posts.size()).parallel()
                    .forEach(rank -> add(writer, rank, posts.get(rank), markdown))).get();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error cause) {
                throw cause; // an OutOfMemoryError stays one, for the builder's log
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            indexers.shutdown();
        }
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return new SearchIndex(site, DirectoryReader.open(directory), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be opened", e);
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static void add(IndexWriter writer, int rank, Post post, Markdown markdown) {
        Document doc = new Document();
        doc.add(new StoredField(RANK, rank));
        doc.add(new NumericDocValuesField(RANK, rank));
        doc.add(new Field(TITLE, post.title(), TEXT));
        for (String term : post.meta().tags()) {
            doc.add(new Field(TERMS, term, TEXT));
        }
        for (String term : post.meta().categories()) {
            doc.add(new Field(TERMS, term, TEXT));
        }
        doc.add(new Field(BODY, markdown.plainText(post.markdown()), TEXT));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the site snapshot this index was built from. */
    Site site() {
        return site;
    }

    /** Returns the memory the index files take. */
    long bytes() {
        return bytes;
    }

    /**
     * The posts that match, best first, from {@code offset}, at most {@code count}; with the total.
     * Stops when {@code deadline} passes, while expanding a lone character's terms or collecting
     * hits, and then answers {@link Matches#timedOut()}.
     */
    Matches search(Query query, int offset, int count, Deadline deadline) {
        try {
            // A searcher of its own for each search, to carry this search's deadline (it is cheap: no caches of its own).
            IndexSearcher searcher = new IndexSearcher(ExitableDirectoryReader.wrap(reader, deadline));
            searcher.setTimeout(deadline);
            TopFieldDocs top = searcher.search(query,
                    new TopFieldCollectorManager(BEST_THEN_NEWEST, offset + count, null, Integer.MAX_VALUE));
            if (searcher.timedOut()) {
                return Matches.TIMED_OUT;
            }
            List<Post> posts = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length; i++) {
                int rank = searcher.storedFields().document(docs[i].doc).getField(RANK).numericValue().intValue();
                posts.add(site.posts().get(rank));
            }
            return new Matches((int) top.totalHits.value, posts, false);
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            return Matches.TIMED_OUT;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    /** A page of matching posts and how many match in all; none when the search ran out of time. */
    record Matches(int total, List<Post> posts, boolean timedOut) {

        static final Matches TIMED_OUT = new Matches(0, List.of(), true);

        Matches {
            posts = List.copyOf(posts);
        }
    }
}
