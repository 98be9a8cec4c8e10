package blog.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The theme's own files (stylesheet, icon), served under URLs that hold a hash of their
 * content, so browsers and CDNs may keep them for a year and a change is a new URL.
 */
final class Assets {

    /** One file: its hashed URL path and the response that serves it. */
    record Asset(String path, CachedResponse response) {
    }

    private final Asset css = load("css/blog.css", "text/css;charset=utf-8");
    private final Asset icon = load("favicon.svg", "image/svg+xml");
    private final Asset watchScript = load("watch-reload.js", "text/javascript;charset=utf-8");

    /** Returns the stylesheet. */
    Asset css() {
        return css;
    }

    /** Returns the site icon. */
    Asset icon() {
        return icon;
    }

    /** Returns watch mode's refresh script; served only in watch mode, at its own fixed path. */
    Asset watchScript() {
        return watchScript;
    }

    /** Returns every asset. */
    List<Asset> all() {
        return List.of(css, icon);
    }

    private static Asset load(String name, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("static/" + name + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            int dot = name.lastIndexOf('.');
            String path = "/assets/" + name.substring(name.lastIndexOf('/') + 1, dot) + "." + hash(bytes)
                    + name.substring(dot);
            return new Asset(path, CachedResponse.of(bytes, contentType, java.util.Optional.empty()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
