package blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the real command, {@code blog.Main}, in a child JVM, as a PaaS would launch it. */
final class ChildBlog {

    private ChildBlog() {
    }

    /**
     * Starts the blog on {@code port} over a posts folder under {@code dir} holding one post, with
     * {@code publicDir} as its public folder; its output and errors go to {@code log}.
     */
    static Process start(Path dir, Path publicDir, int port, Path log) throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("hello.md"), "---\ntitle: 你好\ndate: 2025-01-01\n---\n\n內文。\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "blog.Main")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("BLOG_POSTS_DIR", posts.toString());
        builder.environment().put("BLOG_PUBLIC_DIR", publicDir.toString());
        return builder.start();
    }
}
