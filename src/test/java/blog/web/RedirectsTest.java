package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectsTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/page/2                       | /page/2/",
        "/posts/deepseek-r2            | /posts/deepseek-r2/",
        "/tags                         | /tags/",
        "/categories                   | /categories/",
        "/tags/地緣政治                  | /tags/地緣政治/",
        "/categories/ai-技術前沿          | /categories/ai-技術前沿/",
        "/tags/地緣政治/page/2           | /tags/地緣政治/page/2/",
        "/tags/ai/ml                   | /tags/ai/ml/",
    })
    void pathWithoutTrailingSlashMovesToTheSlashForm(String from, String to) {
        assertMovedPermanently(enc(from), enc(to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/page/1/                      | /",
        "/page/1                       | /",
        "/tags/地緣政治/page/1/          | /tags/地緣政治/",
        "/categories/產業動態/page/1/     | /categories/產業動態/",
    })
    void firstPageMovesToTheListItself(String from, String to) {
        assertMovedPermanently(enc(from), enc(to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/tags/DeepSeek/               | /tags/deepseek/",
        "/tags/DEEPSEEK/               | /tags/deepseek/",
        "/categories/AI 技術前沿/         | /categories/ai-技術前沿/",
        "/categories/Ai  技術前沿/        | /categories/ai-技術前沿/",
        "/categories/AI 技術前沿          | /categories/ai-技術前沿/",
        "/tags/C#/                     | /tags/c#/",
        "/tags/C++/                    | /tags/c++/",
        "/tags/AI/ML/                  | /tags/ai/ml/",
        "/tags/問答?/                   | /tags/問答/",
        "/tags/50%/                    | /tags/50/",
        "/tags/DeepSeek/page/1/        | /tags/deepseek/",
        "/tags/地緣政治/page/02/          | /tags/地緣政治/page/2/",
    })
    void otherSpellingsOfATermMoveToItsCanonicalUrl(String from, String to) {
        assertMovedPermanently(enc(from), enc(to));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/tags/DeepSeek/", "/categories/AI%20%E6%8A%80%E8%A1%93%E5%89%8D%E6%B2%BF/", "/tags/C++/"})
    void redirectTargetsArePercentEncodedAndServeThePage(String from) {
        HttpResponse<String> moved = site.get(from);
        String location = moved.headers().firstValue("Location").orElseThrow();

        assertEquals(301, moved.statusCode());
        assertEquals(true, location.chars().allMatch(c -> c > 0x20 && c < 0x7F), location);
        assertEquals(false, location.contains("+"), location);
        assertEquals(200, site.get(location).statusCode());
    }

    private static void assertMovedPermanently(String from, String to) {
        HttpResponse<String> response = site.get(from);
        assertEquals(301, response.statusCode(), () -> from + " answered " + response.statusCode());
        assertEquals(to, response.headers().firstValue("Location").orElse(null), from);
    }
}
