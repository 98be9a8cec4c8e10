package blog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.Test;

/** What a query costs: repeated words fold into one, and the distinct terms are capped. */
class SearchQueryTest {

    private static final Analyzer QUERY = SearchAnalyzer.forQuery(HanVariants.load());

    private static SearchQuery.Ready parse(String raw) {
        return assertInstanceOf(SearchQuery.Ready.class, SearchQuery.parse(raw, QUERY), raw);
    }

    @Test
    void repeatedWordsAndRepeatedPairsFoldIntoTheQueryOfTheDistinctOnes() {
        Map<String, String> cases = Map.of(
                "的 ".repeat(50).strip(), "的",
                "的".repeat(50), "的的",
                "晶片".repeat(45), "晶片晶片",
                "晶片 ".repeat(33).strip(), "晶片",
                "DeepSeek ".repeat(11).strip(), "DeepSeek",
                "deepseek DEEPSEEK ＤｅｅｐＳｅｅｋ", "deepseek",
                "晶片戰爭 晶片 戰爭 片戰", "晶片戰爭",
                "資料庫 资料库 資料", "資料庫");
        cases.forEach((repeated, once) -> {
            SearchQuery.Ready many = parse(repeated);
            assertEquals(parse(once).query(), many.query(), repeated);
            assertFalse(many.shortened(), repeated);
        });
    }

    @Test
    void distinctTermsPastTheLimitAreLeftOutAndSaidToBe() {
        Map<String, String> tooMany = Map.of(
                "spaced words", "a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14",
                "lone characters", "晶 片 戰 爭 資 料 中 心 半 導 體 開 源 深 度 學 習",
                "one long Chinese word", "出口管制量子運算大型語言模型地緣政治歐盟著作權",
                "a long word then more", "出口管制量子運算大型語言模型 晶片 GPT");
        tooMany.forEach((what, raw) -> {
            SearchQuery.Ready ready = parse(raw);
            assertEquals(SearchQuery.MAX_TERMS, terms(ready.query()).size(), what);
            assertTrue(ready.shortened(), what);
        });
        SearchQuery.Ready fits = parse("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10");
        assertEquals(SearchQuery.MAX_TERMS, terms(fits.query()).size());
        assertFalse(fits.shortened());
    }

    @Test
    void longQueriesAreRefusedNotCut() {
        SearchQuery.Parsed parsed = SearchQuery.parse("晶".repeat(SearchQuery.MAX_CHARS + 1), QUERY);
        assertEquals(SearchAnswer.Problem.TOO_LONG, assertInstanceOf(SearchQuery.Refused.class, parsed).problem());
    }

    /** The distinct term texts a query looks up, in any field. */
    private static Set<String> terms(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                for (Term term : found) {
                    terms.add(term.text());
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof MultiTermQuery multi) {
                    String text = multi.toString(field).replace("*", "").replace("?", "");
                    terms.add(text);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }
}
