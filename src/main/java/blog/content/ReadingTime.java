package blog.content;

/** Estimates reading time: 400 CJK characters or 200 other words a minute, rounded up, at least 1. */
final class ReadingTime {

    static final int CJK_CHARS_PER_MINUTE = 400;
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    static int minutes(int cjkChars, int words) {
        double minutes = (double) cjkChars / CJK_CHARS_PER_MINUTE + (double) words / WORDS_PER_MINUTE;
        return Math.max(1, (int) Math.ceil(minutes));
    }
}
