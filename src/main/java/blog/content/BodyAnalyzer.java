package blog.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Walks a parsed body once and gathers its {@link BodyFacts}. */
final class BodyAnalyzer extends AbstractVisitor {

    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);

    private final StringBuilder prose = new StringBuilder();
    /**
     * Prose is gathered for summaries only, so no more than this many characters are kept; a
     * summary before a {@code <!--more-->} divider is cut to this length too.
     */
    static final int PROSE_LIMIT = 2000;

    private final int bodyLine;
    private final boolean needsProse;
    private final List<BodyFacts.LocalLink> localLinks = new ArrayList<>();
    private int proseDepth;
    private Optional<String> beforeMore = Optional.empty();

    private BodyAnalyzer(int bodyLine, boolean needsProse) {
        this.bodyLine = bodyLine;
        this.needsProse = needsProse;
    }

    /** Analyzes a parsed document whose first line is {@code bodyLine} of its file. */
    static Parsed analyze(Node document, int bodyLine, boolean needsProse) {
        BodyAnalyzer analyzer = new BodyAnalyzer(bodyLine, needsProse);
        document.accept(analyzer);
        return new Parsed(clean(analyzer.prose), analyzer.beforeMore.map(BodyAnalyzer::clean), analyzer.localLinks);
    }

    /** What the walk found: summary text, the text before a divider, and local links. */
    record Parsed(String prose, Optional<String> beforeMore, List<BodyFacts.LocalLink> localLinks) {
    }

    @Override
    public void visit(Paragraph paragraph) {
        proseDepth++;
        visitChildren(paragraph);
        proseDepth--;
        if (needsProse && prose.length() < PROSE_LIMIT) {
            prose.append('\n');
        }
    }

    @Override
    public void visit(Heading heading) {
        visitChildren(heading);
    }

    @Override
    public void visit(Text text) {
        if (takesProse()) {
            prose.append(text.getLiteral());
        }
    }

    @Override
    public void visit(Code code) {
        if (takesProse()) {
            prose.append(code.getLiteral());
        }
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        if (takesProse() && !CjkSoftBreakRenderer.joinsCjk(softLineBreak)) {
            prose.append(' ');
        }
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        if (takesProse()) {
            prose.append('\n');
        }
    }

    @Override
    public void visit(HtmlBlock block) {
        checkMore(block.getLiteral());
    }

    @Override
    public void visit(HtmlInline inline) {
        checkMore(inline.getLiteral());
    }

    @Override
    public void visit(Image image) {
        recordLocal(image.getDestination(), true, image);
        // The alt text describes the picture; it is not prose for a summary.
        proseDepth -= 1000;
        visitChildren(image);
        proseDepth += 1000;
    }

    @Override
    public void visit(Link link) {
        recordLocal(link.getDestination(), false, link);
        visitChildren(link);
    }

    /** Tells whether text here is prose still wanted for a summary. */
    private boolean takesProse() {
        return needsProse && proseDepth > 0 && prose.length() < PROSE_LIMIT;
    }

    private void checkMore(String html) {
        if (beforeMore.isEmpty() && MORE.matcher(html).find()) {
            beforeMore = Optional.of(prose.toString());
        }
    }

    private void recordLocal(String destination, boolean isImage, Node node) {
        if (destination.startsWith("/") && !destination.startsWith("//")) {
            localLinks.add(new BodyFacts.LocalLink(destination, isImage, lineOf(node)));
        }
    }

    private int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return bodyLine + spans.get(0).getLineIndex();
            }
        }
        return bodyLine;
    }

    /**
     * Collapses each run of whitespace to one space, or to nothing between two CJK characters
     * (a line break inside a Chinese paragraph is not a space). One pass; no regex backtracking.
     */
    static String clean(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isWhitespace(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < n && Character.isWhitespace(Character.codePointAt(text, end))) {
                end += Character.charCount(Character.codePointAt(text, end));
            }
            boolean atEdge = out.length() == 0 || end == n;
            boolean betweenCjk = !atEdge && Cjk.isWideScript(Character.codePointBefore(out, out.length()))
                    && Cjk.isWideScript(Character.codePointAt(text, end));
            if (!atEdge && !betweenCjk) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }
}
