package blog.content;

/** Checks UTF-8 without decoding it: the same well-formedness rule as the JDK's strict decoder. */
final class Utf8 {

    private Utf8() {
    }

    /** Tells whether {@code bytes} are well-formed UTF-8: no overlong forms, surrogates or values past U+10FFFF. */
    static boolean isValid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            if (b >= 0xE0 && b < 0xF0) {
                // Three bytes: most of a Chinese post, so this case comes first.
                if (i + 2 >= n || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])) {
                    return false;
                }
                int high = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6);
                if (high < 0x800 || (high >= 0xD800 && high <= 0xDFFF)) {
                    return false; // overlong, or a surrogate
                }
                i += 3;
            } else if (b < 0xC2) {
                return false; // a continuation byte without a lead, or an overlong two-byte form
            } else if (b < 0xE0) {
                if (i + 1 >= n || !isContinuation(bytes[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (b < 0xF5) {
                if (i + 3 >= n || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
                    return false;
                }
                int second = bytes[i + 1] & 0xFF;
                int low = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
                int high = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would pass U+10FFFF
                if (second < low || second > high) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
