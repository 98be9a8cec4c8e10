package blog.content;

import java.util.Optional;

/** Tells the pixel size of an image a post shows, when it is known, so the page can reserve its space. */
@FunctionalInterface
public interface ImageSizes {

    /** Knows no sizes. */
    ImageSizes NONE = src -> Optional.empty();

    /** Returns the width and height of the image at {@code src}, as written in the post. */
    Optional<Size> sizeOf(String src);

    /** An image's width and height in pixels. */
    record Size(int width, int height) {
    }
}
