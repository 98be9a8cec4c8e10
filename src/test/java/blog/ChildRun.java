package blog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real command, {@code blog.Main}, in a child JVM with JVM options and settings of the test's
 * choosing, optionally without the capabilities that let root read any file; its output goes to a
 * log the test can read.
 */
final class ChildRun implements AutoCloseable {

    /** Drops the capabilities that let root read any file, for the child only. */
    private static final List<String> WITHOUT_DAC = List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search");

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ChildRun(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code blog.Main} with {@code args} after {@code prefix} (a command that runs the JVM),
     * the JVM options {@code jvm}, a free PORT and the settings {@code env}; output to {@code log}.
     */
    static ChildRun start(List<String> prefix, List<String> jvm, Map<String, String> env, Path log, String... args)
            throws IOException {
        int port = ChildBlog.freePort();
        ProcessBuilder builder = builder(prefix, jvm, port, log, args);
        builder.environment().putAll(env);
        return new ChildRun(builder.start(), log, port);
    }

    /** The command line of a child {@code blog.Main} on {@code port}, run through {@code prefix}, output to {@code log}. */
    static ProcessBuilder builder(List<String> prefix, List<String> jvm, int port, Path log, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "blog.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        return builder;
    }

    /**
     * The prefix that makes a child unable to read a folder of mode 000, or why there is none: as
     * root, {@code setpriv} without the DAC capabilities (checked on a folder of {@code temp}); as
     * anyone else, none is needed.
     */
    static List<String> unprivilegedPrefix(Path temp) throws IOException, InterruptedException {
        Path probe = Files.createDirectories(temp.resolve("probe-unreadable"));
        probe.toFile().setReadable(false, false);
        probe.toFile().setExecutable(false, false);
        try {
            if (!Files.isReadable(probe)) {
                return List.of();
            }
            List<String> command = new ArrayList<>(WITHOUT_DAC);
            command.addAll(List.of("ls", probe.toString()));
            Process ls = new ProcessBuilder(command).redirectErrorStream(true).start();
            ls.getInputStream().readAllBytes();
            boolean denied = ls.waitFor(10, TimeUnit.SECONDS) && ls.exitValue() != 0;
            return denied ? WITHOUT_DAC : null;
        } catch (IOException e) {
            return null; // no setpriv here
        } finally {
            probe.toFile().setReadable(true, false);
            probe.toFile().setExecutable(true, false);
        }
    }

    /** GETs a path (already percent-encoded) with a 10 s timeout. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits until /healthz answers, failing if the process ends or {@code limit} passes. */
    void awaitHealthy(Duration limit) throws Exception {
        awaitFor("the blog to answer /healthz", limit, () -> {
            try {
                return get("/healthz").statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Waits until the log holds {@code text}. */
    void awaitLog(String text, Duration limit) throws Exception {
        awaitFor("the log to say \"" + text + "\"", limit, () -> log().contains(text));
    }

    /** Polls {@code condition} every 50 ms until it holds; fails after {@code limit} or if the process ends. */
    void awaitFor(String what, Duration limit, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the blog ended (status " + process.exitValue() + ") while waiting for "
                        + what + "; its log:\n" + log());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + "; the log:\n" + log());
            }
            Thread.sleep(50);
        }
    }

    /** Returns what the process has written so far. */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Waits for the process to end by itself and returns its exit status. */
    int exitStatus(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + limit.toSeconds() + " s; its log:\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
