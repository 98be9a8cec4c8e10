package blog.content;

/** Which characters are written without spaces between words (Chinese and Japanese). */
final class Cjk {

    private Cjk() {
    }

    /** Tells whether a line break between two such characters should vanish rather than become a space. */
    static boolean isWideScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        // CJK symbols and punctuation (、。「」), and fullwidth forms (，！？：；（）).
        return (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    /** Tells whether a character is counted one by one for reading time (Han, kana, Hangul syllables). */
    static boolean isCountedAlone(int codePoint) {
        if (codePoint < 0x1100) {
            return false; // Latin, Greek, Cyrillic and the like: counted as words
        }
        if ((codePoint >= 0x4E00 && codePoint <= 0x9FFF) || (codePoint >= 0x3040 && codePoint <= 0x30FF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7AF)) {
            return true; // the common Han, kana and Hangul blocks, without a table lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
