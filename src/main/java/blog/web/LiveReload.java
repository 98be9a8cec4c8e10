package blog.web;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watch mode's browser refresh: pages load {@code /_watch/reload.js}, which listens on
 * {@code /_watch/events} (server-sent events) and reloads the page when the site differs from the
 * one the page was rendered from (its {@code data-site}), including after a restart. An external script, since the Content-Security-Policy allows no inline one.
 */
final class LiveReload {

    static final String SCRIPT_PATH = "/_watch/reload.js";
    static final String EVENTS_PATH = "/_watch/events";

    /** Tells a restarted server from the one before it, whose site versions started at 1 too. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

    /** Keeps a browser's event stream open and tells it which site it is seeing. */
    void connect(SseClient client, long version) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("site", stamp(version));
    }

    /** Tells every open page that the site is now at {@code version}. */
    void changed(long version) {
        for (SseClient client : clients) {
            client.sendEvent("site", stamp(version));
        }
    }

    /** Ends every event stream, so a graceful stop need not wait for them. */
    void close() {
        for (SseClient client : clients) {
            client.close();
        }
        clients.clear();
    }

    /** Returns what names the site at {@code version} of this run of the server. */
    String stamp(long version) {
        return run + "-" + version;
    }
}
