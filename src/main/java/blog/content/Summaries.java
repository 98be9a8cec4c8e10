package blog.content;

/** Cuts plain text into a teaser by characters, not bytes or words, as Chinese needs. */
final class Summaries {

    /** Length of an automatic teaser in code points: about three lines of Chinese. */
    static final int TEASER_LENGTH = 140;

    private static final String SENTENCE_ENDS = "。！？!?";

    private Summaries() {
    }

    /**
     * Returns the text whole if it fits in {@code max} code points; otherwise its start, cut
     * after the last sentence end in the second half of the window, or else at {@code max}
     * with an ellipsis. Never cuts a surrogate pair apart.
     */
    static String teaser(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        int half = text.offsetByCodePoints(0, max / 2);
        for (int i = end; i > half; ) {
            int cp = text.codePointBefore(i);
            if (SENTENCE_ENDS.indexOf(cp) >= 0) {
                return text.substring(0, i);
            }
            i -= Character.charCount(cp);
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
