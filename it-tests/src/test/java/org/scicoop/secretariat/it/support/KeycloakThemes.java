package org.scicoop.secretariat.it.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Texts of Keycloak's own themes, read from the distribution the tests run, to expect exactly them. */
public final class KeycloakThemes {

    private KeycloakThemes() {
    }

    public static String emailText(String keycloakLocale, String key) {
        Path lib = TestEnvironment.serverDirectory().resolve("keycloak/lib/lib/main");
        try (Stream<Path> jars = Files.list(lib)) {
            Path themes = jars.filter(p -> p.getFileName().toString().matches("org\\.keycloak\\.keycloak-themes-\\d.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Keycloak themes jar in " + lib));
            try (JarFile jar = new JarFile(themes.toFile())) {
                String entry = "theme/base/email/messages/messages_" + keycloakLocale.replace('-', '_') + ".properties";
                Properties messages = new Properties();
                messages.load(new InputStreamReader(jar.getInputStream(jar.getEntry(entry)), StandardCharsets.UTF_8));
                return messages.getProperty(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
