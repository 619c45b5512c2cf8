package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * What the import tests' bad-file corpora share: odd files, and how to see that nothing changed.
 */
final class ImportFiles {

  private ImportFiles() {}

  /** Whether a refusal's key has a message in German and in English. */
  static boolean hasText(String key) {
    return List.of(Locale.GERMAN, Locale.ENGLISH).stream()
        .allMatch(
            locale ->
                ResourceBundle.getBundle("de.smartcity.portfolio.i18n.rules", locale)
                    .containsKey(key));
  }

  /** Every table's content, to compare before and after: equal when nothing was stored. */
  static List<String> fingerprint(DataSource dataSource) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      return TableFingerprint.lines(
          connection,
          CorpusProbeServlet.IGNORED_TABLES,
          Map.of(),
          CorpusProbeServlet.IGNORED_COLUMNS);
    }
  }

  /** A zip of a content-types entry and one entry: a workbook's shape, not its content. */
  static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(content.length > 1024 ? content : "<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** A zip whose sheet inflates from a few kilobytes to 60 MB of zeros. */
  static byte[] zipBomb() throws IOException {
    return zip("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024]);
  }

  /** What an import's preview gives as reasons for refusing a file (empty when it takes it). */
  @FunctionalInterface
  interface Refusals {
    List<String> of(String name, byte[] content) throws Exception;
  }

  /** An import started in the background. */
  @FunctionalInterface
  interface Import {
    java.util.concurrent.Future<?> run(String name, byte[] content) throws Exception;
  }

  /**
   * Previews and imports every file of a corpus and checks what a user would see: each refused with
   * a message in both languages, none imported or failing without a rule, nothing stored.
   */
  static void assertEachRefusedClearly(
      Map<String, byte[]> corpus, Refusals preview, Import importer, DataSource dataSource)
      throws Exception {
    List<String> before = fingerprint(dataSource);
    List<String> unclear = new java.util.ArrayList<>();
    List<String> imported = new java.util.ArrayList<>();
    for (Map.Entry<String, byte[]> bad : corpus.entrySet()) {
      String name = bad.getKey();
      List<String> keys = preview.of(name, bad.getValue());
      if (keys.isEmpty() || !keys.stream().allMatch(ImportFiles::hasText)) {
        unclear.add(name + " " + keys);
      }
      try {
        importer.run(name, bad.getValue()).get();
        imported.add(name);
      } catch (java.util.concurrent.ExecutionException refused) {
        if (!(refused.getCause()
            instanceof de.smartcity.portfolio.domain.shared.BusinessRuleViolation)) {
          imported.add(name + " " + refused.getCause());
        }
      }
    }
    assertThat(imported).as("files the import took or failed on without a rule").isEmpty();
    assertThat(unclear).as("files without a clear message").isEmpty();
    assertThat(fingerprint(dataSource)).as("nothing stored").isEqualTo(before);
  }

  /** Chooses the file on an import page and previews it, waiting for the preview of that file. */
  static void preview(Browser browser, java.nio.file.Path file) {
    preview(browser, file, true);
  }

  /** Chooses the file and presses "Vorschau"; waits for its preview only when one is expected. */
  static void preview(Browser browser, java.nio.file.Path file, boolean expectPreview) {
    browser.all("input[type='file']").get(0).sendKeys(file.toString());
    browser.clickToLoad("upload:preview");
    if (expectPreview) {
      browser.waitUntil(
          () ->
              browser.exists("result:countAdd")
                  && browser
                      .element("result:previewPanel")
                      .findElement(org.openqa.selenium.By.tagName("h2"))
                      .getText()
                      .contains(file.getFileName().toString()));
    }
  }
}
