package blog;

import java.nio.file.Path;
import java.time.Clock;

/** Command line: no arguments serves the blog, {@code check [DIR]} validates the posts. */
public final class Main {

    private Main() {
    }

    /** Runs the command named by {@code args}. */
    public static void main(String[] args) {
        Config config;
        try {
            config = Config.load(System.getenv());
        } catch (Config.Invalid e) {
            System.err.println("blog: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (args.length == 0 || args[0].equals("serve")) {
            Blog blog = Blog.create(config, Clock.systemUTC()).start();
            // A PaaS stops a dyno with SIGTERM: stop accepting, let requests in flight finish, exit.
            Runtime.getRuntime().addShutdownHook(new Thread(blog::stop, "shutdown"));
        } else if (args[0].equals("check") && args.length <= 2) {
            Path dir = args.length == 2 ? Path.of(args[1]) : config.postsDir();
            System.exit(new Check(config, dir, System.out).run());
        } else {
            System.err.println("usage: java -jar blog.jar [serve | check [DIR]]");
            System.exit(2);
        }
    }
}
