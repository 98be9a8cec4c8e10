package blog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.ByteRange;

/**
 * A {@code Range} header read against a file's size (RFC 9110, section 14), with the limits that
 * make many-range amplification impossible: at most {@link #MAX_RANGES} ranges, ascending and not
 * overlapping; a request outside them gets the whole file, as Apache's {@code MaxRanges} does.
 */
sealed interface ByteRanges {

    /** More ranges than this in one request are ignored (the whole file is sent). */
    int MAX_RANGES = 16;

    /** No usable ranges: answer {@code 200} with the whole file. */
    record Whole() implements ByteRanges {
    }

    /** Valid ranges, none of which the file holds: answer {@code 416}. */
    record Unsatisfiable() implements ByteRanges {
    }

    /** The parts to send with {@code 206}, in ascending order, never overlapping. */
    record Parts(List<ByteRange> ranges) implements ByteRanges {
        public Parts {
            ranges = List.copyOf(ranges);
            if (ranges.isEmpty()) {
                throw new IllegalArgumentException("ranges must not be empty");
            }
        }
    }

    /**
     * Reads {@code header} (null when absent) for a file of {@code size} bytes. A header that is not
     * {@code bytes=…} or has a malformed range is ignored, as RFC 9110 allows; so are sets of ranges
     * that are too many, overlapping or out of order, which only broken or hostile clients send.
     */
    static ByteRanges parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        String value = header.strip();
        int equals = value.indexOf('=');
        if (equals < 0 || !value.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return new Whole();
        }
        String[] specs = value.substring(equals + 1).split(",", -1);
        List<ByteRange> satisfiable = new ArrayList<>();
        int count = 0;
        for (String raw : specs) {
            String spec = raw.strip();
            if (spec.isEmpty()) {
                continue;
            }
            if (++count > MAX_RANGES) {
                return new Whole();
            }
            long[] bounds = bounds(spec);
            if (bounds == null) {
                return new Whole();
            }
            ByteRange range = satisfiable(bounds, size);
            if (range != null) {
                satisfiable.add(range);
            }
        }
        if (count == 0) {
            return new Whole();
        }
        if (satisfiable.isEmpty()) {
            return new Unsatisfiable();
        }
        for (int i = 1; i < satisfiable.size(); i++) {
            if (satisfiable.get(i).first() <= satisfiable.get(i - 1).last()) {
                return new Whole();
            }
        }
        return new Parts(satisfiable);
    }

    /** {@code {first, last}} of {@code first-last} or {@code first-} (last -1), or {@code {-1, n}} of {@code -n}; null if malformed. */
    private static long[] bounds(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String first = spec.substring(0, dash).strip();
        String last = spec.substring(dash + 1).strip();
        if (first.isEmpty()) {
            long suffix = number(last);
            return suffix < 0 ? null : new long[] {-1, suffix};
        }
        long from = number(first);
        long to = last.isEmpty() ? -1 : number(last);
        if (from < 0 || (!last.isEmpty() && (to < 0 || to < from))) {
            return null;
        }
        return new long[] {from, to};
    }

    /** The range of the file that {@code bounds} selects, clipped to its end; null if it selects nothing. */
    private static ByteRange satisfiable(long[] bounds, long size) {
        if (bounds[0] < 0) {
            long suffix = Math.min(bounds[1], size);
            return suffix == 0 ? null : new ByteRange(size - suffix, size - 1);
        }
        if (bounds[0] >= size) {
            return null;
        }
        long last = bounds[1] < 0 ? size - 1 : Math.min(bounds[1], size - 1);
        return new ByteRange(bounds[0], last);
    }

    /** A non-negative decimal, {@code Long.MAX_VALUE} if too long for a long (past any file's end), or -1. */
    private static long number(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
