package de.smartcity.portfolio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule the code can break has a message in German and in English, and no bundle drifts. */
class RuleMessagesTest {

  private static final Pattern RAISED = Pattern.compile("BusinessRuleViolation\\(\\s*\"([^\"]+)\"");

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        RuleMessagesTest.class.getResourceAsStream("/de/smartcity/portfolio/i18n/" + name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> keysRaisedInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = RAISED.matcher(Files.readString(source));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void shouldHaveAGermanAndAnEnglishMessageForEveryRuleRaised() throws IOException {
    Set<String> raised = keysRaisedInSources();
    assertThat(raised).hasSizeGreaterThan(20);
    assertThat(bundle("rules.properties").stringPropertyNames()).containsAll(raised);
    assertThat(bundle("rules_de.properties").stringPropertyNames()).containsAll(raised);
  }

  @Test
  void shouldKeepTheGermanAndEnglishBundlesInStep() throws IOException {
    assertThat(bundle("rules_de.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("rules.properties").stringPropertyNames());
  }
}
