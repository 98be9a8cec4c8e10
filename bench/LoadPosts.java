import blog.content.LoadResult;
import blog.content.Markdown;
import blog.content.Permalinks;
import blog.content.PostLoader;
import blog.content.PostReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Loads a posts folder once in a fresh JVM, as start-up does, without the server: the reading,
 * checking and front matter parsing of every post, with the JIT still cold. Prints the wall time
 * of the load and the CPU the whole JVM used during it (JIT and GC threads included).
 *
 * <p>Usage, from the repository root after {@code mvn -q package -DskipTests}:
 * <pre>
 *   javac -cp target/blog.jar -d target/bench bench/LoadPosts.java
 *   java -Xmx256m -cp target/blog.jar:target/bench LoadPosts /tmp/corpus/c10000
 * </pre>
 * Run it several times, interleaved with the jar it is compared with: one cold load is noisy.
 */
public final class LoadPosts {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        PostLoader loader = new PostLoader(new PostReader(new Markdown(), ZoneId.of("Asia/Taipei"), false,
                Permalinks.defaults()));
        LoadResult result = loader.load(dir);
        System.out.printf("loaded %d posts (%d problems) in %d ms wall, %d ms CPU%n", result.posts().size(),
                result.problems().size(), (System.nanoTime() - wall) / 1_000_000,
                (os.getProcessCpuTime() - cpu) / 1_000_000);
    }
}
