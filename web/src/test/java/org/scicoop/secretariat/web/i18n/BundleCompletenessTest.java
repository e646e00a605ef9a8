package org.scicoop.secretariat.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in every interface language, and none is left empty. */
class BundleCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/scicoop/secretariat/web");

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        assertThat(english).isNotEmpty();

        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Set<String> translated = load("messages_" + language.code() + ".properties").stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated);
            Set<String> extra = new TreeSet<>(translated);
            extra.removeAll(english);
            assertThat(missing).as("keys missing in " + language).isEmpty();
            assertThat(extra).as("keys only in " + language).isEmpty();
        }
    }

    /**
     * Bean Validation's messages (ValidationMessages, at the root of the persistence jar, which every module of the EAR
     * sees) in plain words in every language.
     */
    @Test
    void everyConstraintMessageExistsInEveryLanguageInPlainWords() throws IOException {
        Path root = Path.of("../persistence/src/main/resources");
        Properties english = new Properties();
        try (Reader in = Files.newBufferedReader(root.resolve("ValidationMessages.properties"), StandardCharsets.US_ASCII)) {
            english.load(in);
        }
        assertThat(english.getProperty("call.code.pattern")).contains("STI-2027-CLIM-01");
        assertThat(english.getProperty("jakarta.validation.constraints.NotBlank.message")).doesNotContain("must");
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Properties translated = new Properties();
            // ASCII only: Hibernate Validator may read these files as ISO-8859-1, so other characters are escaped
            try (Reader in = Files.newBufferedReader(root.resolve("ValidationMessages_" + language.code() + ".properties"),
                    StandardCharsets.US_ASCII)) {
                translated.load(in);
            }
            assertThat(translated.stringPropertyNames()).as(language.code()).isEqualTo(english.stringPropertyNames());
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (Language language : Language.values()) {
            String file = language == Language.EN ? "messages.properties" : "messages_" + language.code() + ".properties";
            Properties bundle = load(file);
            assertThat(bundle.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(file + ": " + key).isNotBlank());
        }
    }

    /** A key written twice would silently keep only its last text (merged branches did this once). */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (Language language : Language.values()) {
            String file = language == Language.EN ? "messages.properties" : "messages_" + language.code() + ".properties";
            java.util.Map<String, Long> counts = Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .collect(java.util.stream.Collectors.groupingBy(key -> key, java.util.stream.Collectors.counting()));
            assertThat(counts).as(file).allSatisfy((key, count) -> assertThat(count).as(file + ": " + key).isOne());
        }
    }

    @Test
    void eachRoleAndIncomeGroupHasALabelAndEachRoleAHomeWithAnEmptyState() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (String role : org.scicoop.secretariat.person.entity.Roles.ALL) {
            assertThat(keys).contains("role." + role, "dashboard.title." + role, "home.empty." + role);
        }
        Arrays.stream(org.scicoop.secretariat.reference.entity.IncomeGroup.values())
                .forEach(group -> assertThat(keys).contains("incomeGroup." + group));
    }

    /** The home is "Home" in every language (the glossary's word), never a "dashboard": the menu and every role's title. */
    @Test
    void eachRolesHomeIsCalledHomeInEveryLanguage() throws IOException {
        for (Language language : Language.values()) {
            String file = language == Language.EN ? "messages.properties" : "messages_" + language.code() + ".properties";
            Properties bundle = load(file);
            String home = bundle.getProperty("menu.dashboard");
            assertThat(home).as(file).isEqualTo(switch (language) {
                case EN -> "Home";
                case ZH -> "首页";
                case FR -> "Accueil";
                case ES -> "Inicio";
            });
            for (String role : org.scicoop.secretariat.person.entity.Roles.ALL) {
                assertThat(bundle.getProperty("dashboard.title." + role)).as(file + ": " + role).startsWith(home + " ");
            }
            assertThat(bundle.stringPropertyNames()).as(file).allSatisfy(key -> assertThat(bundle.getProperty(key))
                    .as(file + ": " + key).doesNotContainIgnoringCase("dashboard").doesNotContainIgnoringCase("tableau de bord")
                    .doesNotContain("工作台").doesNotContain("仪表板"));
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
