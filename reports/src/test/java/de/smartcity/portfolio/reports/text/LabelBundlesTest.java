package de.smartcity.portfolio.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import de.smartcity.portfolio.reports.proofofuse.IncomeSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LabelBundlesTest {

  private static final String FOLDER = "/de/smartcity/portfolio/reports/text/";

  @Test
  void shouldHaveEveryKeyInGermanAndInEnglish() throws IOException {
    Set<String> german = load("labels_de.properties").stringPropertyNames();
    Set<String> english = load("labels_en.properties").stringPropertyNames();

    assertThat(english).as("keys missing in English").containsAll(german);
    assertThat(german).as("keys missing in German").containsAll(english);
  }

  @Test
  void shouldLabelEveryStatusHealthAndIncomeSourceInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
      ReportTexts texts = ReportTexts.of(locale);
      Stream.of(ProjectStatus.values(), Health.values(), IncomeSource.values())
          .flatMap(Stream::of)
          .forEach(value -> assertThat(texts.label(value)).isNotBlank());
    }
  }

  @Test
  void shouldFormatGermanAmountsDatesAndShares() {
    ReportTexts texts = ReportTexts.of(Locale.GERMANY);

    // A no-break space between amount and sign, as on the pages.
    assertThat(texts.money(new java.math.BigDecimal("1234.56"))).isEqualTo("1.234,56\u00a0€");
    assertThat(texts.money(new java.math.BigDecimal("-0.50"))).isEqualTo("-0,50\u00a0€");
    assertThat(texts.percent(new java.math.BigDecimal("12.35"))).isEqualTo("12,35 %");
    assertThat(texts.date(java.time.LocalDate.of(2026, 12, 31))).isEqualTo("31.12.2026");
  }

  @Test
  void shouldFormatEnglishAmountsAndDates() {
    ReportTexts texts = ReportTexts.of(Locale.UK);

    assertThat(texts.money(new java.math.BigDecimal("1234.56"))).isEqualTo("€1,234.56");
    assertThat(texts.date(java.time.LocalDate.of(2026, 12, 31))).isEqualTo("31 Dec 2026");
  }

  @Test
  void shouldFallBackToGermanRatherThanToTheServersLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(ReportTexts.of(Locale.FRENCH).get("proof.title.final"))
          .isEqualTo("Verwendungsnachweis");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Properties load(String name) throws IOException {
    var properties = new Properties();
    try (InputStream in = LabelBundlesTest.class.getResourceAsStream(FOLDER + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
