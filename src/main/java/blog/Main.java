package blog;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Command line: no arguments serves the blog, {@code check [DIR]} validates the posts, {@code new TITLE}
 * starts one, {@code train} exercises the blog once for the class-data archive ({@link Training}).
 */
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
            Blog blog;
            try {
                blog = Blog.create(config, Clock.systemUTC()).start();
            } catch (io.javalin.util.JavalinBindException e) {
                System.err.println("blog: port " + config.port() + " is already in use: stop the server that "
                        + "listens on it, or set PORT to a free port");
                System.exit(1);
                return;
            }
            // A PaaS stops a dyno with SIGTERM: stop accepting, let requests in flight finish, exit.
            Runtime.getRuntime().addShutdownHook(new Thread(blog::stop, "shutdown"));
        } else if (args[0].equals("check") && args.length <= 2) {
            Path dir = args.length == 2 ? Path.of(args[1]) : config.postsDir();
            System.exit(new Check(config, dir, System.out).run());
        } else if (args[0].equals("train") && args.length == 1) {
            new Training(config, System.out).run();
            System.exit(0);
        } else if (args[0].equals("new") && args.length >= 2) {
            // Unquoted words are one title: new 我的 第一篇 is new "我的 第一篇".
            String title = String.join(" ", java.util.Arrays.copyOfRange(args, 1, args.length));
            System.exit(new NewPost(config, Clock.systemUTC(), System.out).create(title));
        } else {
            System.err.println("usage: java -jar blog.jar [serve | check [DIR] | new TITLE | train]");
            System.exit(2);
        }
    }
}
