package blog.web;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.ByteRange;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartByteRanges;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IO;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Sends a {@link ServedFile} as browsers, video players and download managers expect: validators
 * from the file's metadata and {@code 304}s, byte ranges ({@code 206}, {@code multipart/byteranges},
 * {@code If-Range}, {@code 416}), and the bytes streamed from the file by Jetty's asynchronous
 * writes, so a reader that is slow or stops reading holds a buffer and a file handle but no thread.
 * Nothing is hashed or compressed per request.
 */
final class FileSender {

    /** Files keep their names when they change, so browsers revalidate hourly. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private static final HttpField CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, CACHE_CONTROL);
    private static final HttpField ACCEPT_RANGES = new PreEncodedHttpField(HttpHeader.ACCEPT_RANGES, "bytes");

    private FileSender() {
    }

    /**
     * Answers with {@code file}, or throws, having written nothing, if it cannot be opened (an
     * unreadable file). The file is known to be a regular one ({@link FileLookup}), so opening it
     * cannot block as opening a FIFO would.
     */
    static void send(Request request, Response response, Callback callback, ServedFile file) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(file.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        HttpFields headers = request.getHeaders();
        HttpFields.Mutable out = response.getHeaders();
        String etag = file.etag();
        out.put(CACHE);
        out.put(HttpHeader.ETAG, etag);
        out.put(HttpHeader.LAST_MODIFIED, HttpCaching.httpDate(file.lastModified()));
        out.put(ACCEPT_RANGES);
        if (HttpCaching.isNotModified(headers.get(HttpHeader.IF_NONE_MATCH), headers.get(HttpHeader.IF_MODIFIED_SINCE),
                Optional.of(file.lastModified()), etag)) {
            IO.close(channel);
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            callback.succeeded();
            return;
        }
        // RFC 9110 defines ranges for GET only; a HEAD gets the headers of the whole file.
        boolean get = HttpMethod.GET.is(request.getMethod());
        List<String> range = headers.getValuesList(HttpHeader.RANGE);
        ByteRanges ranges = get && range.size() == 1 && ifRangeHolds(headers.get(HttpHeader.IF_RANGE), file)
                ? ByteRanges.parse(range.get(0), file.size()) : new ByteRanges.Whole();
        if (ranges instanceof ByteRanges.Unsatisfiable) {
            IO.close(channel);
            response.setStatus(HttpStatus.RANGE_NOT_SATISFIABLE_416);
            out.put(HttpHeader.CONTENT_RANGE, ByteRange.toNonSatisfiableHeaderValue(file.size()));
            out.put(HttpHeader.CONTENT_LENGTH, 0L);
            callback.succeeded();
        } else if (ranges instanceof ByteRanges.Parts parts && parts.ranges().size() > 1) {
            IO.close(channel);
            sendParts(request, response, callback, file, parts.ranges());
        } else if (ranges instanceof ByteRanges.Parts parts) {
            ByteRange part = parts.ranges().get(0);
            response.setStatus(HttpStatus.PARTIAL_CONTENT_206);
            out.put(HttpHeader.CONTENT_RANGE, part.toHeaderValue(file.size()));
            sendBytes(request, response, callback, file, channel, part.first(), part.getLength());
        } else {
            response.setStatus(HttpStatus.OK_200);
            sendBytes(request, response, callback, file, channel, 0, file.size());
        }
    }

    /**
     * RFC 9110, 13.1.5: the ranges are sent only if the client's copy is current, judged by a strong
     * comparison of the ETag or an exact match of the date; otherwise the whole file is.
     */
    private static boolean ifRangeHolds(String ifRange, ServedFile file) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(file.etag());
        }
        return HttpCaching.parseHttpDate(value).map(file.lastModified()::equals).orElse(false);
    }

    private static void sendBytes(Request request, Response response, Callback callback, ServedFile file,
            SeekableByteChannel channel, long first, long length) {
        HttpFields.Mutable out = response.getHeaders();
        out.put(HttpHeader.CONTENT_TYPE, file.contentType());
        out.put(HttpHeader.CONTENT_LENGTH, length);
        if (HttpMethod.HEAD.is(request.getMethod())) {
            IO.close(channel);
            callback.succeeded();
            return;
        }
        // Reads a buffer at a time and writes it without blocking; the source closes the file at
        // the end or when the write fails (a reader gone or cut off by the idle timeout).
        Content.copy(Content.Source.from(buffers(request), channel, first, length), response, callback);
    }

    /** Several ranges, as one {@code multipart/byteranges} body built by Jetty. */
    private static void sendParts(Request request, Response response, Callback callback, ServedFile file,
            List<ByteRange> ranges) {
        String boundary = MultiPart.generateBoundary(null, 24);
        MultiPartByteRanges.ContentSource body = new MultiPartByteRanges.ContentSource(boundary);
        Resource resource = ResourceFactory.root().newResource(file.path());
        ByteBufferPool.Sized buffers = buffers(request);
        for (ByteRange range : ranges) {
            body.addPart(new MultiPartByteRanges.Part(file.contentType(), resource, range, file.size(), buffers));
        }
        body.close();
        response.setStatus(HttpStatus.PARTIAL_CONTENT_206);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "multipart/byteranges; boundary=" + boundary);
        if (body.getLength() >= 0) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.getLength());
        }
        Content.copy(body, response, callback);
    }

    private static ByteBufferPool.Sized buffers(Request request) {
        HttpConfiguration http = request.getConnectionMetaData().getHttpConfiguration();
        return new ByteBufferPool.Sized(request.getComponents().getByteBufferPool(), http.isUseOutputDirectByteBuffers(),
                http.getOutputBufferSize());
    }
}
