package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-level look at a post file: its UTF-8 check agrees with the JDK's strict decoder, which reports the bad byte's line. */
class PostBytesTest {

    private static final int[] EDGES = {0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0,
        0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90};

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        Random random = new Random(17);
        int valid = 0;
        for (int i = 0; i < 40_000; i++) {
            byte[] bytes = new byte[random.nextInt(8)];
            for (int b = 0; b < bytes.length; b++) {
                bytes[b] = (byte) (random.nextBoolean() ? EDGES[random.nextInt(EDGES.length)] : random.nextInt(256));
            }
            boolean strict = decodesStrictly(bytes);
            assertEquals(strict, PostBytes.scan(bytes).utf8(), () -> java.util.HexFormat.of().formatHex(bytes));
            valid += strict ? 1 : 0;
        }
        assertTrue(valid > 2_000, "valid cases: " + valid);
    }

    @Test
    void acceptsChineseTextAndEmoji() {
        assertTrue(PostBytes.scan("---\ntitle: \"地緣政治 😀\"\n---\n正文……".getBytes(StandardCharsets.UTF_8)).utf8());
    }

    @Test
    void notesTheMarksThatStartShortcodes() {
        assertTrue(PostBytes.scan("正文 {{< figure src=\"a.png\" >}}".getBytes(StandardCharsets.UTF_8)).shortcodeMark());
        assertTrue(PostBytes.scan("{{% note %}}".getBytes(StandardCharsets.UTF_8)).shortcodeMark());
        assertFalse(PostBytes.scan("{{ .Title }} { {< x".getBytes(StandardCharsets.UTF_8)).shortcodeMark());
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
