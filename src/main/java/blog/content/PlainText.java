package blog.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text a reader sees in a parsed body, for search: paragraphs, headings, list items, table
 * cells and code, one block a line. Link targets, image alt texts and raw HTML are left out; a
 * line break inside a Chinese sentence is dropped, so words written across it stay whole.
 */
final class PlainText extends AbstractVisitor {

    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    static String of(Node document) {
        PlainText text = new PlainText();
        document.accept(text);
        return text.out.toString();
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        if (!CjkSoftBreakRenderer.joinsCjk(softLineBreak)) {
            out.append(' ');
        }
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(FencedCodeBlock block) {
        codeBlock(block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        codeBlock(block.getLiteral());
    }

    /** Code is text a reader sees, on lines of its own. */
    private void codeBlock(String literal) {
        endLine();
        out.append(literal);
        endLine();
    }

    @Override
    public void visit(Paragraph paragraph) {
        block(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        block(heading);
    }

    @Override
    public void visit(ListItem item) {
        block(item);
    }

    @Override
    public void visit(CustomBlock block) {
        block(block);
    }

    @Override
    public void visit(CustomNode node) {
        // Table cells and footnote references: keep neighbouring cells apart.
        visitChildren(node);
        out.append(' ');
    }

    @Override
    public void visit(Image image) {
        // The alt text describes a picture; generated posts often say only 「封面圖」.
    }

    @Override
    public void visit(HtmlInline inline) {
    }

    @Override
    public void visit(HtmlBlock block) {
    }

    private void block(Block block) {
        endLine();
        visitChildren(block);
        endLine();
    }

    private void endLine() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
