package blog.web;

import java.time.Duration;
import java.util.function.IntFunction;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Jetty settings the blog chooses on purpose rather than inherits: limits and timeouts that keep
 * slow or hostile clients from starving others (an idle timeout, a deadline for request heads), a graceful stop, the security headers, the method
 * guard, the error handler and the access log. Applied through Javalin's {@code config.jetty} hooks.
 */
final class ServerTuning {

    /**
     * A connection that sends or accepts nothing for this long is closed. Waiting for a request's
     * headers holds no thread (Jetty parses asynchronously), so a slowloris client costs a socket and
     * a few kilobytes until this runs out; Javalin's LowResourceMonitor shortens it when threads run low.
     * It also ends a download the client stopped reading: a write that makes no progress this long
     * fails and the connection is closed. (Jetty 12 keeps {@code HttpConfiguration}'s minimum
     * response data rate as a setting but does not enforce it, so this is the write timeout.)
     */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** The most a request line plus headers may take; more gets 431 (or 414 for a long URL). */
    static final int REQUEST_HEADER_BYTES = 16 * 1024;

    /** How long a stop waits for requests in flight before closing their connections. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(8);

    private final SecurityHeaders securityHeaders;
    private final SiteErrorHandler errorHandler;
    private final AccessLog accessLog;
    private final RequestHeadDeadline headDeadline = new RequestHeadDeadline(RequestHeadDeadline.DEADLINE);
    private Server server;

    ServerTuning(IntFunction<byte[]> errorPages, AccessLog accessLog, SecurityHeaders securityHeaders) {
        this.securityHeaders = securityHeaders;
        this.errorHandler = new SiteErrorHandler(errorPages, securityHeaders);
        this.accessLog = accessLog;
    }

    /** For {@code config.jetty.modifyServer}. */
    void server(Server jetty) {
        this.server = jetty;
        jetty.setStopTimeout(STOP_TIMEOUT.toMillis());
        jetty.setErrorHandler(errorHandler);
        jetty.insertHandler(new MethodGuard());
        if (accessLog != null) {
            jetty.setRequestLog(accessLog);
        }
    }

    /** For {@code config.jetty.modifyHttpConfiguration}. */
    void http(HttpConfiguration http) {
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.addCustomizer(securityHeaders);
    }

    /**
     * For {@code config.jetty.addConnector}: the HTTP connector on {@code port}, with one selector
     * thread per core. Cached pages are answered on the selector thread that read the request
     * ({@link CachedPageHandler}), so selectors do the work here, as nginx's workers do; Jetty's
     * default of one selector per two cores would leave a core idle.
     */
    static Connector connector(Server jetty, HttpConfiguration http, int port) {
        int selectors = Math.max(1, Runtime.getRuntime().availableProcessors());
        ServerConnector connector = new ServerConnector(jetty, -1, selectors, new HttpConnectionFactory(http));
        connector.setPort(port);
        return connector;
    }

    /** For {@code config.events.serverStarted}: the scheduler runs by then. */
    void started() {
        headDeadline.start(server.getScheduler());
    }

    /** For {@code config.events.serverStarting}: the connectors exist by then. */
    void connectors() {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector c) {
                c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                c.addEventListener(headDeadline);
            }
        }
    }
}
