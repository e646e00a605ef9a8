package org.scicoop.secretariat.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule the domain and the services can refuse with ({@code "rule.…"} message keys in their sources) has words
 * in the messages, so no refusal ever reaches a user as its key. (The bundles' completeness across languages is
 * {@link BundleCompletenessTest}'s.)
 */
class RuleMessagesTest {

    private static final Pattern RULE_KEY = Pattern.compile("\"(rule\\.[a-z]+\\.[A-Za-z]+)\"");

    @Test
    void everyRuleKeyInTheSourcesHasWords() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String module : new String[] {"../persistence/src/main/java", "../ejb/src/main/java"}) {
            try (Stream<Path> sources = Files.walk(Path.of(module))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = RULE_KEY.matcher(Files.readString(source));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        Properties english = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("src/main/resources/org/scicoop/secretariat/web/messages.properties"), StandardCharsets.UTF_8)) {
            english.load(in);
        }

        assertThat(used).as("rule keys found in the sources").hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> assertThat(english).as(key).containsKey(key));
    }
}
