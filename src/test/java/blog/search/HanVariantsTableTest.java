package blog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped character table must be exactly what ICU's Traditional-Simplified transliterator
 * gives for each Han character of the Basic Multilingual Plane. To regenerate it after changing
 * the ICU version: {@code BLOG_WRITE_HAN_VARIANTS=1 mvn test -Dtest=HanVariantsTableTest}.
 */
class HanVariantsTableTest {

    @Test
    void shippedTableIsIcuTraditionalToSimplified() throws IOException {
        String expected = fromIcu();
        if (System.getenv("BLOG_WRITE_HAN_VARIANTS") != null) {
            Files.writeString(Path.of("src/main/resources" + HanVariants.RESOURCE), expected, StandardCharsets.UTF_8);
        }
        String shipped;
        try (InputStream in = HanVariants.class.getResourceAsStream(HanVariants.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, shipped, HanVariants.RESOURCE + " differs from ICU " + com.ibm.icu.util.VersionInfo.ICU_VERSION
                + "; regenerate it with BLOG_WRITE_HAN_VARIANTS=1 mvn test -Dtest=HanVariantsTableTest");
    }

    static String fromIcu() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder table = new StringBuilder("# Traditional to Simplified Chinese, one character each: generated from ICU "
                + com.ibm.icu.util.VersionInfo.ICU_VERSION + " by HanVariantsTableTest.\n");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            String simplified = toSimplified.transliterate(String.valueOf((char) c));
            if (simplified.length() == 1 && simplified.charAt(0) != c) {
                table.append((char) c).append(simplified).append('\n');
            }
        }
        return table.toString();
    }
}
