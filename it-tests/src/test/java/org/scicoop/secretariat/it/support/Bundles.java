package org.scicoop.secretariat.it.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The application's own message bundles, so that tests expect exactly what the pages should say. */
public final class Bundles {

    private Bundles() {
    }

    public static String text(String language, String key) {
        String suffix = "en".equals(language) ? "" : "_" + language;
        Path file = TestEnvironment.buildDirectory().getParent().getParent()
                .resolve("web/src/main/resources/org/scicoop/secretariat/web/messages" + suffix + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key + " in " + file);
        }
        return value;
    }
}
