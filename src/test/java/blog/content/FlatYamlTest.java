package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast path for flat front matter must read exactly what SnakeYAML's path reads, or decline:
 * every front matter it accepts is read both ways and compared.
 */
class FlatYamlTest {

    private static final String[] KEYS = {"title", "date", "tags", "categories", "draft", "x-y", "_k", "Title"};
    private static final String[] ODD_KEYS = {"9k", "a b", "\"q\"", "-k", "k.k", "", "title", "date", "x:y"};
    private static final String[] SEPARATORS = {": ", ":", ":  ", ": ", ": "};
    private static final String[] ODD_SEPARATORS = {":x", " : ", ":\t", "::"};
    private static final String[] TEXT = {
        "a", "AI 技術前沿", "地緣政治", " ", "  ", "C++", "😀", "\u00A0", "null", "true", "~", "12:30", "x-y", "-", "?",
        "2025-04-21T13:52:36+08:00", "https://x.example/a?b=c", "它說：「好」", "\\\"", "\\\\", "!", "|", ">", "%", "@", "&", "*", "'",
    };
    private static final String[] ODD_TEXT = {
        "#", " #", ":", ": ", ",", "[", "]", "{", "}", "'", "''", "\"", "\\", "\\n", "C#", "\t", "\u0085", "\u2028",
        "\uFEFF", "\u0007", "&a", "*a", "`", "\u007F", "\uFFFE",
    };
    private static final String[] LINES = {"", "  ", "# comment", "  # indented comment", "  - item", "- item",
        "  nested: x", "...", "---", "%YAML 1.1", "\t"};

    @Test
    void everyFixtureFrontMatterReadsAlikeBothWays() throws IOException {
        int accepted = 0;
        try (Stream<Path> files = Files.walk(Fixtures.resource("."))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                SourceText source;
                try {
                    source = SourceText.split(text);
                } catch (SourceText.FrontMatterMissing | SourceText.FrontMatterUnclosed e) {
                    continue;
                }
                if (source.format() == SourceText.Format.YAML && assertAlike(source.frontMatter(), file.toString())) {
                    accepted++;
                }
            }
        }
        assertTrue(accepted >= 10, "the fast path read only " + accepted + " fixtures");
    }

    @Test
    void theOwnersFormatTakesTheFastPath() {
        String yaml = """
                title: "AI冷戰？前美外交官揭秘美中 AI 競賽如何重塑全球秩序"
                date: 2025-04-21T13:52:36+08:00
                description: "中國 AI 研發實力突破美國想像……"
                tags: ["地緣政治"]
                categories: ["AI 技術前沿"]
                source_url: "https://example.com/original"
                source_name: "Possible Podcast"
                draft: false
                """;
        assertTrue(assertAlike(yaml, "the README's example"));
    }

    @Test
    void randomFlatFrontMatterReadsAlikeOrIsDeclined() {
        Random random = new Random(20251129);
        int accepted = 0;
        int declined = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(8) == 0) {
                    yaml.append(LINES[random.nextInt(LINES.length)]);
                } else {
                    yaml.append(pick(random, KEYS, ODD_KEYS)).append(pick(random, SEPARATORS, ODD_SEPARATORS))
                            .append(value(random));
                }
                yaml.append('\n');
            }
            if (assertAlike(yaml.toString(), "case " + i)) {
                accepted++;
            } else {
                declined++;
            }
        }
        assertTrue(accepted > 2_000 && declined > 2_000, "accepted " + accepted + ", declined " + declined);
    }

    private static String value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "\"" + text(random) + "\"";
            case 1 -> "'" + text(random) + "'";
            case 2 -> "[" + item(random) + ", " + item(random) + "]";
            case 3 -> random.nextBoolean() ? "[]" : "[ " + item(random) + " ]";
            case 4 -> "";
            default -> text(random);
        } + (random.nextInt(5) == 0 ? pick(random, TEXT, ODD_TEXT) : "");
    }

    private static String item(Random random) {
        return random.nextInt(4) == 0 ? text(random) : "\"" + text(random) + "\"";
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            text.append(pick(random, TEXT, ODD_TEXT));
        }
        return text.toString();
    }

    /** Picks from {@code usual}, or one time in ten from {@code odd}. */
    private static String pick(Random random, String[] usual, String[] odd) {
        String[] from = random.nextInt(10) == 0 ? odd : usual;
        return from[random.nextInt(from.length)];
    }

    /** Returns whether the fast path accepted {@code yaml}; if it did, SnakeYAML must read the same. */
    private static boolean assertAlike(String yaml, String what) {
        Optional<List<FrontMatterFields.Field>> flat = FlatYaml.parse(yaml, 2);
        if (flat.isEmpty()) {
            return false;
        }
        List<FrontMatterFields.Field> snake;
        try {
            snake = List.copyOf(YamlFields.parseWithSnakeYaml(yaml, 2));
        } catch (FrontMatterFields.Invalid e) {
            throw new AssertionError(what + ": the fast path accepted what SnakeYAML rejects (" + e.getMessage()
                    + "):\n" + yaml);
        }
        assertEquals(snake, flat.get(), () -> what + ":\n" + yaml);
        return true;
    }

    @Test
    void listsAreReadAsListsOfText() {
        assertEquals(List.of("AI", "晶片"), FlatYaml.parse("tags: [\"AI\", '晶片']\n", 2).orElseThrow().get(0).value());
    }
}
