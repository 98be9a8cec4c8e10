package blog.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TOML ({@code +++}) and JSON front matter into {@link FrontMatterFields} with Jackson.
 * Scalars become their text, as with YAML: a TOML datetime keeps the offset it was written with.
 */
final class TreeFields {

    // Configured once and never changed, so shared by the loader's threads (Jackson's mappers are thread-safe).
    private static final ObjectMapper TOML = new TomlMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern TOML_TABLE = Pattern.compile("^\\s*\\[\\[?\\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)");
    private static final Pattern TOML_KEY = Pattern.compile("^\\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)\\s*[=.]");
    private static final Pattern JSON_KEY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:");

    private TreeFields() {
    }

    /** Parses TOML text whose first line is {@code firstLine} in the file. */
    static FrontMatterFields toml(String text, int firstLine) throws FrontMatterFields.Invalid {
        return fields(parse(TOML, text, firstLine, "TOML"), keyLines(text, firstLine, true), firstLine);
    }

    /** Parses a JSON object whose first line is {@code firstLine} in the file. */
    static FrontMatterFields json(String text, int firstLine) throws FrontMatterFields.Invalid {
        return fields(parse(JSON, text, firstLine, "JSON"), keyLines(text, firstLine, false), firstLine);
    }

    private static JsonNode parse(ObjectMapper mapper, String text, int firstLine, String format)
            throws FrontMatterFields.Invalid {
        try {
            return mapper.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
            throw new FrontMatterFields.Invalid(line, "front matter is not valid " + format + ": "
                    + e.getOriginalMessage());
        }
    }

    private static FrontMatterFields fields(JsonNode root, Map<String, Integer> lines, int firstLine)
            throws FrontMatterFields.Invalid {
        if (root == null || root.isMissingNode()) {
            return new FrontMatterFields(List.of());
        }
        if (!root.isObject()) {
            throw new FrontMatterFields.Invalid(firstLine, "front matter must hold 'key = value' lines");
        }
        List<FrontMatterFields.Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            fields.add(new FrontMatterFields.Field(key, value(entry.getValue()), lines.getOrDefault(key, firstLine)));
        }
        return new FrontMatterFields(fields);
    }

    private static Object value(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), value(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(value(item)));
            return list;
        }
        return node.isNull() ? null : node.asText();
    }

    /**
     * Finds the line of each top-level key, for messages about its value. Jackson's tree keeps no
     * positions, so the text is scanned: a key is a line's first word before {@code =} (TOML, above
     * the first table) or {@code :} (JSON); a TOML table is found by its {@code [name]} header.
     */
    private static Map<String, Integer> keyLines(String text, int firstLine, boolean toml) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] all = text.split("\n", -1);
        boolean inTable = false;
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (toml) {
                Matcher table = TOML_TABLE.matcher(line);
                if (table.find()) {
                    inTable = true;
                    lines.putIfAbsent(unquote(table.group(1)), firstLine + i);
                    continue;
                }
                Matcher key = TOML_KEY.matcher(line);
                if (!inTable && key.find()) {
                    lines.putIfAbsent(unquote(key.group(1)), firstLine + i);
                }
            } else {
                Matcher key = JSON_KEY.matcher(line);
                if (key.find()) {
                    lines.putIfAbsent(key.group(1), firstLine + i);
                }
            }
        }
        return lines;
    }

    private static String unquote(String key) {
        boolean quoted = key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'');
        return quoted ? key.substring(1, key.length() - 1) : key;
    }
}
