package blog.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.Corpora;
import blog.content.Markdown;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.site.LiveSite;
import blog.site.Site;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relevance on real blogs in {@code ../shared/corpus}: for each query, the posts that a reader
 * would expect (chosen by reading them) must be among the first results. Chinese words, English
 * terms and mixed queries, in Traditional and Simplified both ways. Skipped when a corpus is absent.
 */
class CorpusRelevanceTest {

    private static final Map<String, Corpus> LOADED = new ConcurrentHashMap<>();

    private record Corpus(LiveSite live, LiveSearch search) {
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tigercosmos-blog | 短字串最佳化              | 3  | sso
            tigercosmos-blog | Short String Optimization | 3  | sso
            tigercosmos-blog | std::string_view          | 3  | stringview
            tigercosmos-blog | GoogleTest                | 3  | googletest
            tigercosmos-blog | C++ 單元測試               | 3  | googletest
            tigercosmos-blog | C++                       | 10 | smallvec sso googletest hash
            tigercosmos-blog | std::hash                 | 3  | hash
            tigercosmos-blog | 雜湊                       | 3  | hash
            tigercosmos-blog | 反向動力法                  | 3  | inverse-kinematics
            tigercosmos-blog | inverse kinematics        | 3  | inverse-kinematics
            tigercosmos-blog | 碰撞偵測                    | 3  | rigid-body-simulation
            tigercosmos-blog | 布朗運動                    | 3  | brownian-motion
            tigercosmos-blog | 傳染病                      | 5  | sir infectious-disease
            tigercosmos-blog | 传染病                      | 5  | sir infectious-disease
            tigercosmos-blog | 浏览器 平行化                | 5  | browser_series_23
            tigercosmos-blog | Servo                     | 8  | browser_series_16 first_servo enter_mozilla_two_month
            tigercosmos-blog | Web Worker                | 3  | js-parallel-worker-sharedarraybuffer web-worker-evaluation
            tigercosmos-blog | Rust GDB                  | 3  | debug-gdb
            tigercosmos-blog | 玉山 獎學金                  | 3  | esun-scholarships
            sofastack-blog   | Nydus                     | 8  | nerdctl-natively-supports-nydus-accelerated-mirroring nudus-20230131
            sofastack-blog   | 国密                       | 3  | tengine-babassl-making-state-secrets-easier-to-use
            sofastack-blog   | 國密                       | 3  | tengine-babassl-making-state-secrets-easier-to-use
            sofastack-blog   | 選舉機制                    | 3  | sofa-jraft-election-mechanism
            sofastack-blog   | pprof                     | 3  | is-pprof-enough-for-go-memory-leak
            sofastack-blog   | 内存泄漏                    | 3  | is-pprof-enough-for-go-memory-leak
            sofastack-blog   | 內存洩漏                    | 3  | is-pprof-enough-for-go-memory-leak
            sofastack-blog   | Seata Saga                | 5  | seata-saga-model-quick-start-and-best-practices sofa-meetup-3-seata-retrospect
            sofastack-blog   | seata-go                  | 3  | seata-go-1-1-0-released-completes-at-mode-support seata-go-1.2.0-available-for-production-environments-is-here
            sofastack-blog   | CeresDB                   | 3  | prometheus-on-ceresdb-evolutionary-path
            sofastack-blog   | KCL                       | 3  | kcl-a-declarative-cloud-native-configuration-policy-language
            sofastack-blog   | Disruptor                 | 3  | sofa-trcaer-disruptor-practice
            sofastack-blog   | Kubernetes 多集群            | 3  | next-kubernetes-frontier-multi-cluster-management
            sofastack-blog   | Go 逆向类型推导               | 3  | go-language-how-to-do-inverse-type-derivation
            sofastack-blog   | SOFABoot 類隔離              | 3  | sofa-boot-class-isolation-deep-dive spring-boot-sofa-boot-class-isolation-integration
            sofastack-blog   | 機密計算                    | 3  | sofa-enclave-confidential-computing sofa-channel-18-retrospect
            ouuan-blog       | AC自动机                    | 3  | ac自动机学习笔记
            ouuan-blog       | LGV 引理                    | 3  | lgv-引理学习笔记
            ouuan-blog       | enable_if                 | 3  | c-11-enable-if-的使用
            ouuan-blog       | 後綴數組                    | 5  | 后缀数组学习笔记 bzoj4566-haoi2016-找相同字符后缀数组
            ouuan-blog       | Burnside                  | 3  | loj6519-魔力环burnside引理容斥原理
            ouuan-blog       | 线性基                      | 5  | 线性基学习笔记 bzoj2460-bjwc2011-元素线性基贪心 bzoj2115-wc2011-最大xor和路径线性基图论
            ouuan-blog       | 左偏树                      | 3  | bzoj4003-jloi2015-城池攻占左偏树
            """)
    void expectedPostsAreAmongTheFirstResults(String corpus, String query, int top, String expected) {
        Corpus loaded = load(corpus);
        SearchAnswer answer = loaded.search().search(loaded.live().current(), query, 1, top);
        assertTrue(answer instanceof SearchAnswer.Found, () -> query + " -> " + answer);
        List<String> found = ((SearchAnswer.Found) answer).hits().stream().map(h -> h.post().slug()).toList();
        List<String> wanted = Arrays.asList(expected.split(" "));
        assertTrue(found.containsAll(wanted), () -> corpus + ": the first " + top + " results for 「" + query
                + "」 should include " + wanted + ", were " + found);
    }

    private static Corpus load(String name) {
        Path posts = Corpora.require(name).resolve("posts");
        return LOADED.computeIfAbsent(name, n -> {
            Markdown markdown = new Markdown();
            LiveSite live = new LiveSite(new PostLoader(new PostReader(markdown, ZoneId.of("Asia/Taipei"))).load(posts)
                    .posts(), Clock.systemUTC(), new Site.Preview(false, false));
            // Built on this thread: the index is ready when start() returns.
            LiveSearch search = new LiveSearch(live, markdown, Runnable::run);
            search.start();
            return new Corpus(live, search);
        });
    }
}
