package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The last class of the suite ({@link SuiteOrder}): the demo data is read-only for tests, so its
 * checksum ({@link DemoChecksumServlet} says which rows and tables count) is the one {@link
 * DemoDataBaselineIT} took before every other test. A test that changed a demo record fails the
 * build here, naming the tables it changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataUntouchedIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void shouldFindTheDemoDataAsItWasBeforeTheFirstTest() throws Exception {
    Assumptions.assumeTrue(
        DemoDataBaselineIT.baseline != null,
        "DemoDataBaselineIT did not run first; this check belongs to the whole suite");
    Map<String, String> before = DemoDataBaselineIT.baseline;
    Map<String, String> after = checksum(base);
    Set<String> tables = new TreeSet<>(before.keySet());
    tables.addAll(after.keySet());
    assertThat(tables)
        .filteredOn(table -> !Objects.equals(before.get(table), after.get(table)))
        .map(table -> table + ": " + before.get(table) + " -> " + after.get(table))
        .as("demo tables some test changed (rows and checksum before -> after)")
        .isEmpty();
  }

  /** The demo data's checksum per table: {@code "<rows> <checksum>"}. */
  static Map<String, String> checksum(URL base) throws Exception {
    HttpResponse<String> answer =
        new WebSession(base.toURI().resolve("/"), "de")
            .send("GET", DemoChecksumServlet.PATH, null, Map.of());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Map<String, String> tables = new TreeMap<>();
    answer
        .body()
        .lines()
        .forEach(
            line ->
                tables.put(
                    line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1)));
    return tables;
  }

  static long rows(Map<String, String> checksum, String table) {
    String summary = checksum.get(table);
    return Long.parseLong(summary.substring(0, summary.indexOf(' ')));
  }
}
