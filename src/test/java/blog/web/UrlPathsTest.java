package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UrlPathsTest {

    @Test
    void pathsAreEncodedAsUtf8WithPercentTwentyForSpaces() {
        assertEquals("/tags/%E5%9C%B0%E7%B7%A3%E6%94%BF%E6%B2%BB/", UrlPaths.encode("/tags/地緣政治/"));
        assertEquals("/tags/c%23/", UrlPaths.encode("/tags/c#/"));
        assertEquals("/tags/c%2B%2B/", UrlPaths.encode("/tags/c++/"));
        assertEquals("/a%20b/", UrlPaths.encode("/a b/"));
    }

    @Test
    void bloggerUrlsAreEncodedOnceAndKeepTheirPunctuation() {
        assertEquals("/images/%E5%B0%81%E9%9D%A2%20%E5%9C%96.png", UrlPaths.encodeUrl("/images/封面 圖.png"));
        assertEquals("/images/a%20b.png", UrlPaths.encodeUrl("/images/a%20b.png"));
        assertEquals("https://example.com/a?b=1&c=%E4#x", UrlPaths.encodeUrl("https://example.com/a?b=1&c=%E4#x"));
        assertEquals("/%F0%9F%98%80.png", UrlPaths.encodeUrl("/😀.png"));
        assertEquals("/50%25", UrlPaths.encodeUrl("/50%"));
    }

    @Test
    void requestsAreDecodedAndNormalisedToNfc() {
        assertEquals("/tags/ai 技術前沿/", UrlPaths.decode("/tags/ai%20%E6%8A%80%E8%A1%93%E5%89%8D%E6%B2%BF/"));
        assertEquals("/tags/a+b/", UrlPaths.decode("/tags/a+b/"));
        assertEquals("/tags/\u304C/", UrlPaths.decode("/tags/%E3%81%8B%E3%82%99/"));
    }

    @Test
    void badPercentEncodingIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> UrlPaths.decode("/tags/%E5%9C"));
        assertThrows(IllegalArgumentException.class, () -> UrlPaths.decode("/tags/%ZZ"));
        assertThrows(IllegalArgumentException.class, () -> UrlPaths.decode("/tags/%4"));
    }
}
