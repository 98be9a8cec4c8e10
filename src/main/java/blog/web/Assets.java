package blog.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stylesheet, served under a URL that holds a hash of its content so browsers may keep it for a year. */
final class Assets {

    private final byte[] css;
    private final String cssPath;

    Assets() {
        try (InputStream in = Assets.class.getResourceAsStream("/static/css/blog.css")) {
            if (in == null) {
                throw new IllegalStateException("static/css/blog.css is missing from the jar");
            }
            css = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cssPath = "/assets/blog." + hash(css) + ".css";
    }

    /** Returns the stylesheet's URL path, which changes whenever its content does. */
    String cssPath() {
        return cssPath;
    }

    /** Returns the stylesheet's bytes. */
    byte[] css() {
        return css.clone();
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
