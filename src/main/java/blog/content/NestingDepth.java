package blog.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Measures how deeply a parsed body is nested, without recursion: commonmark's renderer and
 * visitors recurse once per level, so a body nested thousands deep would overflow the stack.
 */
final class NestingDepth {

    /**
     * The deepest nesting a body may have, counted in tree levels below the document (a quote in a
     * list item is three: the list, the item, the quote). GitHub and markdown-it stop at about 100.
     */
    static final int LIMIT = 100;

    private NestingDepth() {
    }

    /** Throws when {@code document} is nested deeper than {@link #LIMIT}, naming the depth and the body line. */
    static void check(Node document) {
        int deepest = 0;
        Node first = null;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > deepest) {
                deepest = depth;
            }
            if (depth > LIMIT && first == null) {
                first = node;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        if (first != null) {
            throw new UnrenderableBody(lineOf(first), "the Markdown is nested " + deepest
                    + " levels deep, more than the " + LIMIT + " a page can show");
        }
    }

    /** The body line (from 1) of a node: its own, else that of the nearest block around it. */
    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }
}
