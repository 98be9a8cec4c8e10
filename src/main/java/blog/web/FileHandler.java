package blog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the files of {@code public/} and of page bundles at Jetty level, in front of Javalin, so
 * that {@link FileSender} writes them asynchronously instead of a servlet thread blocking until a
 * slow reader has taken the last byte. A file that cannot be read answers {@code 404} here (logged
 * once per file); a path that names no file ({@link FileLookup}) goes on to Javalin's routes.
 */
final class FileHandler extends Handler.Wrapper {

    /** Finds the file a GET of a path answers with, if no route or page claims the path first. */
    interface Files {
        Optional<ServedFile> find(String rawPath, String decodedPath);
    }

    private static final Logger LOG = LoggerFactory.getLogger(FileHandler.class);
    /** Bounds the memory of "already logged": only files that exist and cannot be read get in. */
    private static final int MAX_REPORTED = 1024;

    private final Files files;
    private final Cache<Path, Boolean> reported = Caffeine.newBuilder().maximumSize(MAX_REPORTED).build();

    FileHandler(Files files) {
        this.files = files;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            return super.handle(request, response, callback);
        }
        String raw = request.getHttpURI().getPath();
        String path;
        try {
            path = UrlPaths.decode(raw);
        } catch (IllegalArgumentException e) {
            return super.handle(request, response, callback);
        }
        Optional<ServedFile> file = files.find(raw, path);
        if (file.isEmpty()) {
            return super.handle(request, response, callback);
        }
        try {
            FileSender.send(request, response, callback, file.get());
        } catch (IOException e) {
            if (reported.asMap().putIfAbsent(file.get().path(), Boolean.TRUE) == null) {
                LOG.warn("{} cannot be read ({}): it answers 404", file.get().path(), e.getClass().getSimpleName());
            }
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        }
        return true;
    }
}
