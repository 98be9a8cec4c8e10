package blog.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Walks a parsed body once and gathers its {@link BodyFacts}. */
final class BodyAnalyzer extends AbstractVisitor {

    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF00-\\uFFEF])\\s+"
                    + "(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF00-\\uFFEF])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final StringBuilder prose = new StringBuilder();
    private final int bodyLine;
    private final List<BodyFacts.LocalLink> localLinks = new ArrayList<>();
    private int proseDepth;
    private Optional<String> beforeMore = Optional.empty();
    private Optional<String> firstImage = Optional.empty();
    private int countedChars;
    private int countedWords;

    private BodyAnalyzer(int bodyLine) {
        this.bodyLine = bodyLine;
    }

    /** Analyzes a parsed document whose first line is {@code bodyLine} of its file. */
    static BodyFacts analyze(Node document, int bodyLine) {
        BodyAnalyzer analyzer = new BodyAnalyzer(bodyLine);
        document.accept(analyzer);
        return new BodyFacts(clean(analyzer.prose), analyzer.beforeMore.map(BodyAnalyzer::clean),
                leadImage(document), analyzer.firstImage, analyzer.countedChars, analyzer.countedWords, analyzer.localLinks);
    }

    @Override
    public void visit(Paragraph paragraph) {
        proseDepth++;
        visitChildren(paragraph);
        proseDepth--;
        prose.append('\n');
    }

    @Override
    public void visit(Heading heading) {
        visitChildren(heading);
    }

    @Override
    public void visit(Text text) {
        count(text.getLiteral());
        if (proseDepth > 0) {
            prose.append(text.getLiteral());
        }
    }

    @Override
    public void visit(Code code) {
        count(code.getLiteral());
        if (proseDepth > 0) {
            prose.append(code.getLiteral());
        }
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        if (proseDepth > 0 && !CjkSoftBreakRenderer.joinsCjk(softLineBreak)) {
            prose.append(' ');
        }
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        if (proseDepth > 0) {
            prose.append('\n');
        }
    }

    @Override
    public void visit(FencedCodeBlock block) {
        count(block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        count(block.getLiteral());
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
        if (firstImage.isEmpty()) {
            firstImage = Optional.of(image.getDestination());
        }
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

    private void count(String text) {
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Cjk.isCountedAlone(cp)) {
                countedChars++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    countedWords++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
    }

    private static Optional<String> leadImage(Node document) {
        Node first = document.getFirstChild();
        if (first instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Image image
                && image.getNext() == null) {
            return Optional.of(image.getDestination());
        }
        return Optional.empty();
    }

    private static String clean(CharSequence text) {
        String joined = SPACE_BETWEEN_CJK.matcher(text).replaceAll("");
        return SPACES.matcher(joined).replaceAll(" ").strip();
    }
}
