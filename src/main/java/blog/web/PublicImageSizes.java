package blog.web;

import blog.content.ImageSizes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Sizes of the images in the public folder, read from their headers (not decoded) on first use
 * and remembered, so pages can give every local image its width and height.
 */
final class PublicImageSizes implements ImageSizes {

    private final Path root;
    private final Map<String, Optional<Size>> known = new ConcurrentHashMap<>();

    PublicImageSizes(Path publicDir) {
        this.root = publicDir.toAbsolutePath().normalize();
    }

    @Override
    public Optional<Size> sizeOf(String src) {
        if (!src.startsWith("/") || src.startsWith("//")) {
            return Optional.empty();
        }
        return known.computeIfAbsent(src, this::read);
    }

    /** Forgets every size, known or missing, so that an image added or changed since is read again. */
    void forget() {
        known.clear();
    }

    private Optional<Size> read(String src) {
        Optional<ServedFile> found;
        try {
            // Only a file that would be served: regular, visible, inside public/ once links are followed.
            found = FileLookup.inPublic(root, UrlPaths.decode(src.replaceAll("[?#].*$", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(found.get().path().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
