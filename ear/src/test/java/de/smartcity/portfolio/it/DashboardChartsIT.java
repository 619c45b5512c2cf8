package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's timeline and charts as a council member sees them in Chromium: the timeline opens
 * on the period its milestones cover, labelled in the page's language, and the money charts speak
 * euros in it; a year's bar leads to the portfolio of that year.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardChartsIT {

  private static final long DAY = 86_400_000L;

  /** The look-ahead of the test server: the default of SMARTCITY_DASHBOARD_UPCOMING_DAYS. */
  private static final long UPCOMING_DAYS = 90;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void theTimelineOpensOnThePeriodOfItsMilestonesLabelledInGerman() throws Exception {
    try (Browser council = Browser.start(base.toURI().resolve("/"), "de")) {
      council.signIn("council", "council-demo-2026");
      council.consoleMessages();
      council.open("/dashboard.xhtml");
      council.executeScript(
          "document.getElementById('dashboard:timeline').scrollIntoView({block: 'start'});");
      council.waitUntil(() -> !council.all("[id='dashboard:timeline'] .vis-item").isEmpty());
      council.screenshot("dashboard-timeline-de");

      @SuppressWarnings("unchecked")
      Map<String, Object> shown =
          (Map<String, Object>)
              council.executeScript(
                  "const t = PrimeFaces.getWidgetById('dashboard:timeline').instance;"
                      + "const w = t.getWindow();"
                      + "const starts = t.itemsData.get().map(i => new Date(i.start).getTime());"
                      + "return {from: w.start.getTime(), until: w.end.getTime(),"
                      + " first: Math.min(...starts), last: Math.max(...starts),"
                      + " items: starts.length, groups: t.groupsData.length,"
                      + " now: t.getCurrentTime().getTime()};");
      long from = number(shown, "from");
      long until = number(shown, "until");
      long first = number(shown, "first");
      long last = number(shown, "last");
      // The demo data have milestones overdue for years and others within the look-ahead.
      assertThat(number(shown, "items")).isGreaterThan(20);
      assertThat(number(shown, "groups")).as("one row per strategic theme").isBetween(2L, 5L);
      assertThat(from)
          .as("the window starts before the oldest milestone")
          .isLessThanOrEqualTo(first);
      assertThat(until).as("the window ends after the last milestone").isGreaterThanOrEqualTo(last);

      // The data's range: the oldest overdue milestone up to today plus the look-ahead. The
      // margin is a twentieth of that on each side, at least a week, plus the last day itself:
      // for 1,000 days, 1,000 + 2 × 50 + 1 = 1,101 days at most (a tenth plus 15 days covers it).
      long dataFrom = Math.min(first, number(shown, "now"));
      long dataUntil = Math.max(last, number(shown, "now") + UPCOMING_DAYS * DAY);
      long range = dataUntil - dataFrom;
      assertThat(until - from)
          .as("the axis spans the data's range and a margin, not 1850 to 2050")
          .isLessThanOrEqualTo(range + range / 10 + 15 * DAY);

      List<String> labels =
          council.all("[id='dashboard:timeline'] .vis-time-axis .vis-text").stream()
              .map(label -> label.getText().strip())
              .filter(text -> !text.isEmpty())
              .toList();
      assertThat(labels).isNotEmpty();
      assertThat(String.join(" ", labels))
          .as("German month or day names, no English ones")
          .doesNotContainPattern(
              "\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|January|February|March|May|June"
                  + "|July|October|December)\\b");
      assertThat(council.consoleMessages())
          .noneMatch(message -> message.contains("Something is wrong with the Timeline scale"));

      // The list below it: by date, so the overdue ones come first.
      council.click(
          council
              .element("milestonesTable")
              .findElement(org.openqa.selenium.By.tagName("summary")));
      List<String> states =
          council.all("#milestonesTable tbody tr td:nth-child(2)").stream()
              .map(cell -> cell.getText().strip())
              .toList();
      int lastOverdue = states.lastIndexOf("Überfällig");
      int firstUpcoming = states.indexOf("Anstehend");
      assertThat(lastOverdue).isNotNegative();
      if (firstUpcoming >= 0) {
        assertThat(lastOverdue).isLessThan(firstUpcoming);
      }
    }
  }

  @Test
  void theMoneyChartsShowEurosInThePagesLanguageAndAYearLeadsToItsProjects() throws Exception {
    try (Browser council = Browser.start(base.toURI().resolve("/"), "de")) {
      council.signIn("council", "council-demo-2026").open("/dashboard.xhtml");
      List<String> german = ticks(council, "dashboard:yearChart");
      // Chart.js picks round steps such as "2.000.000 €" (a no-break space before the sign); the
      // largest is in the millions.
      assertThat(german).isNotEmpty().allMatch(tick -> tick.matches("[0-9.]+\u00a0€"));
      assertThat(german).anyMatch(tick -> tick.matches("[0-9]{1,3}\\.[0-9]{3}\\.000\u00a0€"));
      council.screenshot("dashboard-year-chart-de");

      council.clickChartBar("dashboard:yearChart", 0);
      council.waitForUrl("year=");
      assertThat(council.text("h1")).isEqualTo("Projektportfolio");
    }
    try (Browser council = Browser.start(base.toURI().resolve("/"), "en")) {
      council.signIn("council", "council-demo-2026").open("/dashboard.xhtml");
      assertThat(ticks(council, "dashboard:themeChart"))
          .isNotEmpty()
          .allMatch(tick -> tick.matches("€[0-9,]+"));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> ticks(Browser browser, String chartId) {
    return (List<String>)
        browser.chart(chartId, "return chart.scales.y.ticks.map(t => String(t.label));");
  }

  private static long number(Map<String, Object> values, String key) {
    return ((Number) values.get(key)).longValue();
  }
}
