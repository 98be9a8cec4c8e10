package blog.content;

import java.util.Optional;

/**
 * One pass over a body's Markdown source, without parsing it: counts for reading time and the
 * images that may stand for the post. Start-up reads every post, and a full CommonMark parse of
 * each costs ten times more than this scan; the parse is kept for what needs it (summaries
 * without a description, and {@code check}'s link report).
 *
 * <p>Counting skips link and image addresses ({@code ](…)}) and HTML tags, so only text a reader
 * sees is counted, code included. An image is {@code ![alt](address)} outside fenced code.
 */
final class RawBodyScan {

    /** What the scan found. */
    record Result(int cjkChars, int words, Optional<String> leadImage, Optional<String> firstImage) {
    }

    private RawBodyScan() {
    }

    static Result scan(String markdown) {
        int chars = 0;
        int words = 0;
        boolean inWord = false;
        boolean inFence = false;
        boolean seenText = false;
        Optional<String> lead = Optional.empty();
        Optional<String> first = Optional.empty();
        int n = markdown.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = markdown.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
                seenText = true;
            } else if (!inFence && !trimmed.isEmpty()) {
                Optional<String> image = imageAt(trimmed, 0);
                if (!seenText && image.isPresent() && trimmed.indexOf(')') == trimmed.length() - 1) {
                    lead = image;
                }
                if (first.isEmpty()) {
                    int bang = line.indexOf("![");
                    while (bang >= 0 && first.isEmpty()) {
                        first = imageAt(line, bang);
                        bang = line.indexOf("![", bang + 2);
                    }
                }
                seenText = true;
            }
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                if (!inFence && cp == ']' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                    int close = line.indexOf(')', i + 2);
                    i = close < 0 ? line.length() : close + 1;
                    inWord = false;
                    continue;
                }
                if (!inFence && cp == '<' && i + 1 < line.length() && isTagStart(line.charAt(i + 1))) {
                    int close = line.indexOf('>', i + 1);
                    i = close < 0 ? line.length() : close + 1;
                    inWord = false;
                    continue;
                }
                i += Character.charCount(cp);
                if (Cjk.isCountedAlone(cp)) {
                    chars++;
                    inWord = false;
                } else if (Character.isLetterOrDigit(cp)) {
                    if (!inWord) {
                        words++;
                    }
                    inWord = true;
                } else {
                    inWord = false;
                }
            }
            inWord = false;
            lineStart = lineEnd + 1;
        }
        return new Result(chars, words, lead, first);
    }

    /** Reads {@code ![alt](address "title")} starting at {@code at}; returns the address. */
    private static Optional<String> imageAt(String line, int at) {
        if (!line.startsWith("![", at)) {
            return Optional.empty();
        }
        int close = line.indexOf("](", at + 2);
        if (close < 0) {
            return Optional.empty();
        }
        int start = close + 2;
        int end = line.indexOf(')', start);
        if (end < 0) {
            return Optional.empty();
        }
        String inside = line.substring(start, end).strip();
        if (inside.startsWith("<")) {
            int angle = inside.indexOf('>');
            return angle > 1 ? Optional.of(inside.substring(1, angle)) : Optional.empty();
        }
        int space = inside.indexOf(' ');
        String address = space < 0 ? inside : inside.substring(0, space);
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    private static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!';
    }
}
