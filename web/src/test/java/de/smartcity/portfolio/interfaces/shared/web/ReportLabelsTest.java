package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documents name a status and a health as the pages do: the reports' bundle (in the reports
 * module, which cannot read this one) must agree with the pages' for every value, in German and
 * English, or a council member reads "Geplant" on screen and something else in the handout.
 */
class ReportLabelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void shouldNameEveryStatusAndHealthInTheReportsAsThePagesDo(String language) throws IOException {
    Properties pages = load("/de/smartcity/portfolio/i18n/messages_" + language + ".properties");
    Properties reports =
        load("/de/smartcity/portfolio/reports/text/labels_" + language + ".properties");

    for (ProjectStatus status : ProjectStatus.values()) {
      assertThat(reports.getProperty("ProjectStatus." + status.name()))
          .as("%s status %s", language, status)
          .isNotBlank()
          .isEqualTo(pages.getProperty("project.status." + status.name()));
    }
    for (Health health : Health.values()) {
      assertThat(reports.getProperty("Health." + health.name()))
          .as("%s health %s", language, health)
          .isNotBlank()
          .isEqualTo(pages.getProperty("project.health." + health.name()));
    }
  }

  private static Properties load(String resource) throws IOException {
    try (InputStream in = ReportLabelsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
