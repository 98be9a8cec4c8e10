package blog.content;

import java.util.List;
import java.util.Optional;

/**
 * What a post's body says about itself, found in one walk over its Markdown.
 *
 * @param prose the plain text of its paragraphs, lists and quotes (no headings, code or image text)
 * @param beforeMore the plain text before a {@code <!--more-->} divider, if the body has one
 * @param leadImage the image that opens the body, if the first block is just an image
 * @param firstImage the first image anywhere in the body
 * @param countedChars CJK characters in all of the body's text, for reading time
 * @param countedWords words in other scripts in all of the body's text, for reading time
 * @param localLinks the site-local images and links ({@code /…}) with their file lines
 */
public record BodyFacts(String prose, Optional<String> beforeMore, Optional<String> leadImage,
        Optional<String> firstImage,
        int countedChars, int countedWords, List<LocalLink> localLinks) {

    public BodyFacts {
        localLinks = List.copyOf(localLinks);
    }

    /** A link or image inside the body that points into this site. */
    public record LocalLink(String target, boolean image, int line) {
    }
}
