package dev.kct;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** kct's version, from the build (the Maven project version). */
public final class KctVersion {

    private static final String VERSION = load();

    private KctVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = KctVersion.class.getResourceAsStream("/kct.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
