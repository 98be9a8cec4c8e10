package blog.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds Traditional Chinese characters to their Simplified forms, so that 「資料庫」 and 「资料库」
 * are one word to search. The table, {@code search/han-variants.txt}, is ICU's
 * {@code Traditional-Simplified} transliterator applied to each character of the Basic
 * Multilingual Plane, written out by {@code HanVariantsTableTest} so that the 14 MB ICU jar is
 * not needed at run time. Folding is by character: a few Simplified characters stand for several
 * Traditional ones (發、髮 → 发), which makes search a little broader, never narrower.
 */
final class HanVariants {

    static final String RESOURCE = "/search/han-variants.txt";

    private final char[] fold = new char[Character.MAX_VALUE + 1];

    private HanVariants() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            fold[c] = (char) c;
        }
    }

    /** Loads the table shipped in the jar. */
    static HanVariants load() {
        HanVariants variants = new HanVariants();
        try (InputStream in = HanVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.length() == 2 && line.charAt(0) != '#') {
                    variants.fold[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return variants;
    }

    /** Returns the Simplified form of a character, or the character itself. */
    char fold(char c) {
        return fold[c];
    }
}
