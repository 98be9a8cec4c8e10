package blog.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML front matter block into {@link FrontMatterFields}. Values are read from the YAML
 * node tree as raw text, so that SnakeYAML's own timestamp type, which drops the written offset,
 * never touches a date.
 */
final class YamlFields {

    /** Caps how many nested values one front matter may expand to, against alias bombs. */
    private static final int MAX_VALUES = 10_000;
    private static final int MAX_DEPTH = 20;

    private YamlFields() {
    }

    /** Parses YAML text whose first line is {@code firstLine} in the file. */
    static FrontMatterFields parse(String yaml, int firstLine) throws FrontMatterFields.Invalid {
        Optional<List<FrontMatterFields.Field>> flat = FlatYaml.parse(yaml, firstLine);
        return new FrontMatterFields(flat.isPresent() ? flat.get() : parseWithSnakeYaml(yaml, firstLine));
    }

    /** Parses YAML text with SnakeYAML, whatever its shape, into its top-level fields in file order. */
    static Collection<FrontMatterFields.Field> parseWithSnakeYaml(String yaml, int firstLine)
            throws FrontMatterFields.Invalid {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(1_000_000);
        // A Yaml instance is not thread-safe; posts load in parallel, so each parse gets its own.
        Yaml parser = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
        Node root;
        try {
            root = parser.compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new FrontMatterFields.Invalid(firstLine + errorLine(e, yaml), "front matter is not valid YAML: " + firstSentence(e));
        } catch (YAMLException e) {
            throw new FrontMatterFields.Invalid(firstLine, "front matter is not valid YAML: " + e.getMessage());
        }
        Map<String, FrontMatterFields.Field> fields = new LinkedHashMap<>();
        if (root == null) {
            return fields.values();
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new FrontMatterFields.Invalid(firstLine, "front matter must be 'key: value' lines, found a "
                    + root.getNodeId().name().toLowerCase(java.util.Locale.ROOT));
        }
        int[] budget = {MAX_VALUES};
        for (NodeTuple tuple : mapping.getValue()) {
            int line = firstLine + tuple.getKeyNode().getStartMark().getLine();
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new FrontMatterFields.Invalid(line, "front matter keys must be plain words");
            }
            String key = keyNode.getValue();
            if (fields.containsKey(key)) {
                throw new FrontMatterFields.Invalid(line, "'" + key + "' is set twice (first on line "
                        + fields.get(key).line() + "); keep one");
            }
            fields.put(key, new FrontMatterFields.Field(key, toValue(tuple.getValueNode(), 0, budget, line), line));
        }
        return fields.values();
    }

    private static Object toValue(Node node, int depth, int[] budget, int line) throws FrontMatterFields.Invalid {
        if (--budget[0] < 0) {
            throw new FrontMatterFields.Invalid(line, "front matter expands to too many values (more than "
                    + MAX_VALUES + "); is there an alias loop?");
        }
        if (depth > MAX_DEPTH) {
            throw new FrontMatterFields.Invalid(line, "front matter is nested too deeply");
        }
        if (node instanceof ScalarNode scalar) {
            boolean isNull = Tag.NULL.equals(scalar.getTag());
            return isNull ? null : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                values.add(toValue(item, depth + 1, budget, line));
            }
            return values;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Object key = toValue(tuple.getKeyNode(), depth + 1, budget, line);
            map.put(String.valueOf(key), toValue(tuple.getValueNode(), depth + 1, budget, line));
        }
        return map;
    }

    /**
     * Returns the YAML line (from 0) to blame. When the text ran out inside a quote or bracket,
     * the problem mark sits past the last line; the line that opened it is the one to fix.
     */
    private static int errorLine(MarkedYAMLException e, String yaml) {
        if (e.getProblemMark() == null) {
            return 0;
        }
        boolean atEnd = e.getProblemMark().getIndex() >= yaml.codePointCount(0, yaml.length());
        if (atEnd && e.getContextMark() != null) {
            return e.getContextMark().getLine();
        }
        return e.getProblemMark().getLine();
    }

    private static String firstSentence(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        return context != null ? context + ", " + problem : problem;
    }
}
