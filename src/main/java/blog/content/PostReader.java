package blog.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one post file into a {@link Post}, or fails with a located {@link Problem}. */
public final class PostReader {

    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[-_].*");

    private final Markdown markdown;
    private final ZoneId zone;
    private final boolean collectLinks;
    private final Permalinks permalinks;
    private final ReadFailures failures;

    /** Creates a reader that renders with {@code markdown} and places offset-less dates in {@code zone}. */
    public PostReader(Markdown markdown, ZoneId zone) {
        this(markdown, zone, false);
    }

    /** As {@link #PostReader(Markdown, ZoneId)}; {@code collectLinks} also gathers local links, for {@code check}. */
    public PostReader(Markdown markdown, ZoneId zone, boolean collectLinks) {
        this(markdown, zone, collectLinks, Permalinks.defaults());
    }

    /** As {@link #PostReader(Markdown, ZoneId, boolean)}, placing posts at the paths of {@code permalinks}. */
    public PostReader(Markdown markdown, ZoneId zone, boolean collectLinks, Permalinks permalinks) {
        this(markdown, zone, collectLinks, permalinks, new ReadFailures());
    }

    /** As {@link #PostReader(Markdown, ZoneId, boolean, Permalinks)}; bodies that cannot be read count in {@code failures}. */
    public PostReader(Markdown markdown, ZoneId zone, boolean collectLinks, Permalinks permalinks,
            ReadFailures failures) {
        this.markdown = markdown;
        this.zone = zone;
        this.collectLinks = collectLinks;
        this.permalinks = permalinks;
        this.failures = failures;
    }

    /** Reads {@code file}; problems that do not stop the post go to {@code warnings}. */
    public Post read(Path file, Consumer<Problem> warnings) throws ContentException {
        Path relative = isBundle(file) ? file.getParent().getFileName().resolve(file.getFileName()) : file.getFileName();
        return read(file, relative, warnings);
    }

    /**
     * Reads {@code file}, which is {@code relative} under the posts folder (Hexo's {@code :title}
     * includes its folders); warnings that do not stop the post go to {@code warnings}. The whole
     * file must be valid UTF-8, but unless it has shortcodes to check only its front matter is
     * decoded and parsed: the details that come from the body are worked out when first needed
     * (see {@link PostBody}), or at once when collecting links for {@code check}.
     */
    public Post read(Path file, Path relative, Consumer<Problem> warnings) throws ContentException {
        String text = collectLinks ? decode(file) : decodeHead(file);
        SourceText source;
        try {
            source = SourceText.split(text);
        } catch (SourceText.FrontMatterMissing e) {
            throw new ContentException(Problem.error(file, 1,
                    "no front matter: start the file with a '---' line, then 'title:' and 'date:', then '---'"));
        } catch (SourceText.FrontMatterUnclosed e) {
            throw new ContentException(Problem.error(file, 1, "front matter opened with '" + e.closing()
                    .replace("}", "{") + "' is never closed: add a '" + e.closing() + "' line after the last field"));
        }
        FrontMatterFields fields;
        try {
            fields = switch (source.format()) {
                case YAML -> YamlFields.parse(source.frontMatter(), source.frontMatterLine());
                case TOML -> TreeFields.toml(source.frontMatter(), source.frontMatterLine());
                case JSON -> TreeFields.json(source.frontMatter(), source.frontMatterLine());
            };
        } catch (FrontMatterFields.Invalid e) {
            throw new ContentException(Problem.error(file, e.line(), e.getMessage()));
        }
        PostMeta meta = FrontMatter.read(file, fields, zone, dateFromName(file), warnings);
        String slug = Slugs.postSlug(meta.slug().isEmpty() ? baseName(file) : meta.slug());
        Optional<String> path = permalinks.path(meta, relativeName(relative));
        if (slug.isEmpty() || path.isEmpty()) {
            int line = fields.first("url", "slug", "title").map(FrontMatterFields.Field::line).orElse(1);
            throw new ContentException(Problem.error(file, line,
                    "the post has no usable URL: set 'slug:' to letters or digits"));
        }
        markdown.shortcodeProblems(file, source.body(), source.bodyLine()).forEach(warnings);
        Optional<Path> bundle = isBundle(relative) ? Optional.of(file.getParent()) : Optional.empty();
        PostBody body = new PostBody(file, later -> details(meta, later, path.get(), bundle), failures);
        if (collectLinks) {
            // check: a body that cannot be rendered is an error it reports
            body.deriveNow(source, warnings);
        }
        return new Post(file, slug, path.get(), Permalinks.aliasPaths(path.get(), meta.aliases()), bundle,
                meta, body);
    }

    /**
     * Works out what the body adds to {@code meta}: summary, reading time, cover, image; a page
     * bundle's images from the post's {@code path}.
     */
    private PostDetails details(PostMeta meta, SourceText source, String path, Optional<Path> bundle) {
        boolean needsProse = meta.summary().isEmpty() && meta.description().isEmpty();
        BodyFacts facts = markdown.analyze(source.body(), source.bodyLine(), needsProse, collectLinks);
        String cover = inBundle(!meta.cover().isEmpty() ? meta.cover() : facts.leadImage().orElse(""), path, bundle);
        boolean coverInBody = meta.cover().isEmpty() && facts.leadImage().isPresent();
        return new PostDetails(summary(meta, facts), ReadingTime.minutes(facts.countedChars(), facts.countedWords()),
                cover, cover.isEmpty() ? inBundle(facts.firstImage().orElse(""), path, bundle) : cover, coverInBody,
                facts.localLinks());
    }

    /** Applies the summary rule: {@code summary}, else {@code description}, else the text before the divider, else a teaser. */
    private static String summary(PostMeta meta, BodyFacts facts) {
        if (!meta.summary().isEmpty()) {
            return meta.summary();
        }
        if (!meta.description().isEmpty()) {
            return meta.description();
        }
        return facts.beforeMore()
                .map(text -> Summaries.teaser(text, BodyAnalyzer.PROSE_LIMIT))
                .orElseGet(() -> Summaries.teaser(facts.prose(), Summaries.TEASER_LENGTH));
    }

    /**
     * Makes a page bundle's image usable on every page, not only the post's own: a relative
     * {@code pic.png} (or {@code /pic.png} when the bundle has that file, as some Hugo themes
     * write covers) becomes the post's path plus the name, where the bundle's files are served.
     */
    private static String inBundle(String url, String postPath, Optional<Path> bundle) {
        if (bundle.isEmpty() || url.isEmpty() || url.startsWith("//") || url.startsWith("#") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return url;
        }
        if (url.startsWith("/")) {
            String name = url.substring(1);
            boolean bundleFile = !name.isEmpty() && !name.contains("/") && !name.startsWith(".")
                    && Files.isRegularFile(bundle.get().resolve(name));
            return bundleFile ? postPath + name : url;
        }
        return postPath + (url.startsWith("./") ? url.substring(2) : url);
    }

    /** Names a post by its file, or by its folder for a page bundle ({@code name/index.md}). */
    static String baseName(Path file) {
        String stem = stem(file.getFileName().toString());
        if (isBundle(file)) {
            return file.getParent().getFileName().toString();
        }
        return stem;
    }

    /** Tells whether a post is Hugo's leaf bundle: {@code index.md} in a folder of its own. */
    static boolean isBundle(Path file) {
        String stem = stem(file.getFileName().toString());
        return stem.equals("index") && file.getParent() != null
                && file.getParent().getFileName() != null;
    }

    /** The post's path under the posts folder without extension, {@code /} between folders; a bundle's folder. */
    private static String relativeName(Path relative) {
        Path named = isBundle(relative) ? relative.getParent() : relative.resolveSibling(stem(relative.getFileName()
                .toString()));
        StringBuilder out = new StringBuilder();
        for (Path part : named) {
            out.append(out.length() == 0 ? "" : "/").append(part);
        }
        return out.toString();
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private Optional<OffsetDateTime> dateFromName(Path file) {
        Matcher m = DATED_NAME.matcher(baseName(file));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)).atStartOfDay(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads a file as strict UTF-8; a bad byte is an error naming its line. */
    static String decode(Path file) throws ContentException {
        byte[] bytes = readBytes(file);
        // The String constructor is the fast path; it turns bad bytes into U+FFFD, so only a
        // text holding U+FFFD (rare in posts) is decoded again strictly to find the bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return decodeStrictly(file, bytes);
    }

    /**
     * Checks that the whole file is UTF-8 and decodes only its start, through the line that closes
     * the front matter; all of it when the body may hold a shortcode, whose problems are reported
     * while loading. Checking bytes is cheaper than decoding them, and start-up needs no body text.
     */
    static String decodeHead(Path file) throws ContentException {
        byte[] bytes = readBytes(file);
        PostBytes.Scan scan = PostBytes.scan(bytes);
        if (!scan.utf8()) {
            return decodeStrictly(file, bytes);
        }
        int length = scan.shortcodeMark() ? bytes.length : PostBytes.headLength(bytes);
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path file) throws ContentException {
        // Opening a FIFO waits for a writer forever: look before opening (a page re-reads its file).
        FileKind kind = FileKind.of(file);
        if (kind.isSpecial()) {
            throw new ContentException(Problem.error(file, 1, notRegular(kind)));
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(Problem.error(file, 1, "cannot read the file: " + e.getMessage()));
        }
    }

    /** The message for a post file that is a FIFO, socket or device rather than a file. */
    static String notRegular(FileKind kind) {
        return "is not a regular file (" + kind.description() + "); skipped";
    }

    private static String decodeStrictly(Path file, byte[] bytes) throws ContentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < in.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ContentException(Problem.error(file, line,
                    "the file is not valid UTF-8 (bad byte near offset " + in.position()
                            + "): save it as UTF-8"));
        }
    }
}
