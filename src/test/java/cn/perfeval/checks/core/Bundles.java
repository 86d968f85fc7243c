package cn.perfeval.checks.core;

import cn.perfeval.base.LocalizedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The checks' bundles, read and applied as the portal does (UTF-8, {@link MessageFormat}). */
public final class Bundles {

    public static final Properties CHINESE = load("vaadin-i18n/checks.properties");
    public static final Properties ENGLISH = load("vaadin-i18n/checks_en.properties");

    private Bundles() {
    }

    /** The message in Simplified Chinese; fails if the key is missing from either bundle. */
    public static String zh(LocalizedMessage message) {
        return format(message, CHINESE, Locale.SIMPLIFIED_CHINESE);
    }

    /** The message in English; fails if the key is missing from either bundle. */
    public static String en(LocalizedMessage message) {
        return format(message, ENGLISH, Locale.ENGLISH);
    }

    private static String format(LocalizedMessage message, Properties bundle, Locale locale) {
        if (!CHINESE.containsKey(message.key()) || !ENGLISH.containsKey(message.key())) {
            throw new AssertionError("no message " + message.key() + " in both bundles");
        }
        return new MessageFormat(bundle.getProperty(message.key()), locale).format(message.args());
    }

    static Properties load(String path) {
        Properties p = new Properties();
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
