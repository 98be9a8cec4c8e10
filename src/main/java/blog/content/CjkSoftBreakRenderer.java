package blog.content;

import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * Renders a soft line break as nothing when it sits between two CJK characters: a writer who
 * wraps a Chinese paragraph in the editor does not want a visible space in the middle of it.
 */
final class CjkSoftBreakRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    CjkSoftBreakRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(SoftLineBreak.class);
    }

    @Override
    public void render(Node node) {
        if (!joinsCjk(node)) {
            context.getWriter().raw(context.getSoftbreak());
        }
    }

    /** Tells whether the text on both sides of a soft break ends and starts with a CJK character. */
    static boolean joinsCjk(Node softBreak) {
        int before = edge(softBreak.getPrevious(), true);
        int after = edge(softBreak.getNext(), false);
        return before >= 0 && after >= 0 && Cjk.isWideScript(before) && Cjk.isWideScript(after);
    }

    /** Returns the last (or first) character of the text a node shows, or -1 if there is none. */
    private static int edge(Node node, boolean last) {
        for (int depth = 0; node != null && depth < 32; depth++) {
            if (node instanceof Text text) {
                return edgeOf(text.getLiteral(), last);
            }
            if (node instanceof Code code) {
                return edgeOf(code.getLiteral(), last);
            }
            node = last ? node.getLastChild() : node.getFirstChild();
        }
        return -1;
    }

    private static int edgeOf(String s, boolean last) {
        if (s.isEmpty()) {
            return -1;
        }
        return last ? s.codePointBefore(s.length()) : s.codePointAt(0);
    }
}
