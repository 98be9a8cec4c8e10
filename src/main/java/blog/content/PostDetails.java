package blog.content;

import java.util.List;
import java.util.Objects;

/**
 * What a post shows that comes from its body as well as its front matter.
 *
 * @param summary the plain-text summary shown in lists and feeds
 * @param readingMinutes the estimated reading time, at least one minute
 * @param cover the cover image URL, or empty
 * @param image the picture that stands for the post when shared: the cover, else the body's first image, or empty
 * @param coverInBody whether the cover is the body's own first image (so the page shows it once)
 * @param localLinks the body's links and images into this site, for {@code check}
 */
record PostDetails(String summary, int readingMinutes, String cover, String image, boolean coverInBody,
        List<BodyFacts.LocalLink> localLinks) {

    PostDetails {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(image, "image");
        localLinks = List.copyOf(localLinks);
    }
}
