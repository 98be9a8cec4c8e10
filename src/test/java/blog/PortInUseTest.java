package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command in a child JVM, on a port another program holds: one clear line, exit status 1. */
class PortInUseTest {

    @TempDir
    Path temp;

    @Test
    void aPortInUseGivesOneLineAndExitStatusOne() throws Exception {
        Path log = temp.resolve("out.txt");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            Process server = ChildBlog.start(temp, temp.resolve("public"), taken.getLocalPort(), log);
            try {
                assertTrue(server.waitFor(30, TimeUnit.SECONDS), "still running with its port taken");
                String out = Files.readString(log);
                assertEquals(1, server.exitValue(), out);
                assertTrue(out.contains("blog: port " + taken.getLocalPort() + " is already in use"), out);
                assertFalse(out.contains("Exception"), out);
                assertFalse(out.contains("\tat "), out);
            } finally {
                server.destroyForcibly();
            }
        }
    }
}
