package blog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzerTest {

    private static final HanVariants VARIANTS = HanVariants.load();
    private static final Analyzer INDEX = SearchAnalyzer.forIndex(VARIANTS);
    private static final Analyzer QUERY = SearchAnalyzer.forQuery(VARIANTS);

    @Test
    void chineseBecomesOverlappingBigramsInQueries() {
        assertEquals(List.of("出口", "口管", "管制"), terms(QUERY, "出口管制"));
    }

    @Test
    void aSingleChineseCharacterStaysAUnigram() {
        assertEquals(List.of("猫"), terms(QUERY, "貓"));
    }

    @Test
    void theIndexHoldsBigramsToo() {
        assertEquals(List.of("晶片", "片段"), terms(INDEX, "晶片段"));
    }

    @Test
    void punctuationBreaksBigrams() {
        assertEquals(List.of("中国", "美国"), terms(QUERY, "中國，美國"));
    }

    @Test
    void traditionalAndSimplifiedFoldToOneForm() {
        assertEquals(terms(QUERY, "资料库"), terms(QUERY, "資料庫"));
        assertEquals(terms(QUERY, "发布"), terms(QUERY, "發布"));
    }

    @Test
    void latinTermsStayWholeAndLowerCase() {
        assertEquals(List.of("gpt-4o", "c++", "c#", "与", "deepseek", "和", "node.js"),
                terms(QUERY, "GPT-4o、C++，C# 與 DeepSeek 和 Node.js。"));
    }

    @Test
    void theIndexAlsoKeepsThePartsOfJoinedWords() {
        assertEquals(List.of("gpt-4o", "gpt", "4o", "openai's", "openai", "s"), terms(INDEX, "GPT-4o OpenAI's"));
    }

    @Test
    void fullWidthLettersAreNarrowed() {
        assertEquals(List.of("gpt"), terms(QUERY, "ＧＰＴ"));
    }

    @Test
    void aPlusBetweenLettersSeparatesAndTrailingDotsAreDropped() {
        assertEquals(List.of("a", "b", "v2"), terms(QUERY, "a+b v2."));
    }

    @Test
    void mixedWordsSplitWhereTheScriptChanges() {
        assertEquals(List.of("deepseek", "发布", "r2"), terms(QUERY, "DeepSeek發布R2"));
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
